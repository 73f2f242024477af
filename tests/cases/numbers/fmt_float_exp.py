# 'e' and 'E' presentation with precision and exponent widths.
for v in [0.0, -0.0, 1.0, 10.0, 0.1, 123456.789, -0.000123, 1e100, 1e-100, 1e300, 5e-324, 1.7976931348623157e308,
          9.9999, 9.5, 0.95, 2.5, 3.5]:
    print(repr(v), format(v, "e"), format(v, ".0e"), format(v, ".1e"), format(v, ".3E"), format(v, "#.0e"))
for p in [0, 1, 2, 5, 10, 16, 17, 20, 30]:
    print(p, format(0.1, ".%de" % p), format(2 / 3, ".%dE" % p))
print(format(5e-324, ".20e"), format(2**-1074, ".760e")[-10:], len(format(1e-300, ".500e")))
print(format(12345, "e"), format(-12345, ".2e"), format(10**100, ".3e"), format(2**1000, ".4e"))
try:
    print(format(2**2000, ".4e"))
except OverflowError as e:
    print(type(e).__name__, e)
print(format(1.5, "15e") + "|", format(-1.5, "<15E") + "|", format(1.5, "015e"), format(-1.5, "+015.2e"), format(1.5, "^+15.1e"))
print(format(float("inf"), "e"), format(-float("inf"), "E"), format(float("nan"), "E"), format(float("nan"), ".3e"))
