# '_' groups binary, octal and hex digits every 4 places.
for n in [0, 1, 15, 16, 255, 256, 4095, 4096, 65535, 65536, 2**32 - 1, 2**40, -(2**40) - 1, 0xDEADBEEF]:
    print(format(n, "_b"), format(n, "_o"), format(n, "_x"), format(n, "_X"), format(n, "#_x"), format(n, "#_b"))
for w in [8, 9, 10, 11, 12, 15, 20]:
    print(w, repr(format(255, "0%d_b" % w)), repr(format(255, "#0%d_b" % w)), repr(format(0xABC, "0%d_x" % w)),
          repr(format(-0xABC, "#0%d_x" % w)), repr(format(8, "0%d_o" % w)))
print(repr(f"{0b1010101010101010:_b}"), repr(f"{0o777777:_o}"), repr(f"{0xffffffffffffffff:_X}"))
print(repr(f"{2**64:_x}"), repr(f"{-1:_b}"), repr(f"{255:>20_b}"), repr(f"{255:*^20_b}"))
for n in [0xF, 0xFF, 0xFFF, 0xFFFF, 0xFFFFF]:
    print(format(n, "_X"), format(n, "#_X"), format(n, "_o"), format(-n, "_b"), format(n, "+_x"), format(n, " _o"))
for spec in [",b", ",o", ",x", ",X", "_c", "_d"]:
    try:
        print(repr(spec), repr(format(65535, spec)))
    except ValueError as e:
        print(repr(spec), type(e).__name__, e)
print(repr("{:_b}".format(2**33 + 1)), repr("{:#_o}".format(2**33 + 1)), repr("%x" % (2**33 + 1)))
print(repr(f"{2**128 - 1:_x}"), repr(f"{-(2**64):#_X}"))
