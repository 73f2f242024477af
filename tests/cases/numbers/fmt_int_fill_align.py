# Fill characters and alignment for int formatting.
for n in [0, 7, -7, 12345, -12345, 2**70]:
    print("|".join([format(n, "10"), format(n, "<10"), format(n, ">10"), format(n, "^10"), format(n, "=10"),
                    format(n, "*<10"), format(n, "*>10"), format(n, "*^10"), format(n, "*=10"), format(n, "0=10")]))
for spec in ["x^9", "-^9", "0^9", " ^9", "=^9", "<^9", "{^9", "}^9", "é^9", "😀^9", "\t^5", "^^9", ">>8", "<<8"]:
    print(repr(spec), repr(format(42, spec)), repr(format(-42, spec)))
print(repr(format(123, "2")), repr(format(123, "<2")), repr(format(-123, "=1")), repr(format(5, "0")))
print(repr(format(5, "^4")), repr(format(5, "^5")), repr(format(-5, "^4")), repr(format(55, "^5")))
print(repr(f"{42:{'*'}^{11}}"), repr(f"{-3:_=+8}"), repr(f"{3:_= 8}"), repr(f"{3:_<+8}"))
print(repr("{:@>7}".format(1)), repr("{0:@<7}{0:@>7}".format(-1)))
print(repr(format(True, ">6")), repr(format(False, "*^7")), repr(format(True, "")))
