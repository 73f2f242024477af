# The 'n' presentation type in the default C locale (no grouping).
for v in [0, 5, -5, 1234567, -1234567, 2**70]:
    print(repr(format(v, "n")), repr(format(v, "10n")), repr(format(v, "<10n")), repr(format(v, "+n")), repr(format(v, "010n")))
for v in [0.0, -0.0, 1.5, 1234567.891, 1e20, 1e-7, 0.1 + 0.2, float("inf"), float("nan")]:
    print(repr(format(v, "n")), repr(format(v, ".3n")), repr(format(v, "12n")), repr(format(v, "#n")), repr(format(v, "012.4n")))
for v in [1 + 2j, -1.5e10j]:
    print(repr(format(v, "n")), repr(format(v, ".2n")))
print(repr(f"{1234567:n}"), repr("{:n}".format(1234.5)), repr(f"{True:n}"))
for v in [0.5, 2.5, 1e16, 123456789.0]:
    print(repr(format(v, ".0n")), repr(format(v, ".1n")), repr(format(v, ".10n")), repr(format(v, "+.2n")))
for spec in [",n", "_n", "#n"]:
    for v in [1234, 1234.5]:
        try:
            print(repr(spec), repr(v), repr(format(v, spec)))
        except ValueError as e:
            print(repr(spec), repr(v), type(e).__name__, e)
try:
    print(format("s", "n"))
except ValueError as e:
    print(type(e).__name__, e)
print(repr(format(-0.0, "zn")), repr(format(float("-inf"), "n")), repr(format(10**25, "n")))
