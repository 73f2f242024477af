# The '#' alternate form and '0' zero padding for ints.
for n in [0, 1, -1, 255, -255, 2**40, -(2**40)]:
    print(format(n, "#b"), format(n, "#o"), format(n, "#x"), format(n, "#X"), format(n, "#d"), format(n, "#"))
for n in [0, 42, -42]:
    print(repr(format(n, "010")), repr(format(n, "010b")), repr(format(n, "#010b")), repr(format(n, "#010x")),
          repr(format(n, "#010X")), repr(format(n, "#010o")), repr(format(n, "#10x")), repr(format(n, "#<10x")),
          repr(format(n, "#^10o")), repr(format(n, "0>10")), repr(format(n, "0<10")), repr(format(n, "x=#10x")))
print(repr(format(5, "03")), repr(format(-5, "03")), repr(format(5, "02")), repr(format(-5, "02")),
      repr(format(5, "00")), repr(format(12345, "03")), repr(format(-1, "#01x")))
print(repr(format(7, "#.0f")), repr(format(7, "#e")), repr(format(7, "#g")), repr(format(7, "#.0e")))
print(repr(f"{255:#_x}"), repr(f"{255:#_b}"), repr(f"{-255:#012_b}"), repr(f"{65535:#,d}"))
print(repr(f"{2**32:#016x}"), repr(f"{-(2**32):#016X}"), repr(f"{8:#o}"), repr(f"{0:#b}"))
