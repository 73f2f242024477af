# '%' presentation multiplies by 100 and appends a percent sign.
for v in [0.0, -0.0, 1.0, 0.5, 0.123456, 0.001, 1e-10, 12.5, -0.25, 1 / 3, 2 / 3, 0.005, 0.015, 1e20, 5e-324]:
    print(repr(v), format(v, "%"), format(v, ".0%"), format(v, ".1%"), format(v, ".2%"), format(v, "#.0%"),
          format(v, "10.1%") + "|", format(v, "+,.1%"))
print(format(float("inf"), "%"), format(float("-inf"), ".1%"), format(float("nan"), "%"))
print(format(5, "%"), format(-3, ".1%"), format(True, ".0%"), format(2**70, ".0%"))
print(f"{0.25:%}", f"{0.25:.0%}", f"{1234.5678:,.2%}", f"{-0.5:_^12.1%}", f"{0.999:z.0%}", f"{-0.0001:z.1%}")
print("%.1f%%" % 12.5, "{:.1%}".format(0.125), "{:.1%}".format(0.135), "{:.1%}".format(0.145))
for p in range(0, 6):
    print(p, format(0.123456789, ".%d%%" % p), format(-1 / 7, ".%d%%" % p), format(0.5e-6, ".%d%%" % p))
print(repr(format(0.5, "10%")), repr(format(0.5, "<10.0%")), repr(format(-0.5, "010.1%")), repr(format(0.5, "*^+12.2%")))
print(repr(format(0.00005, ".2%")), repr(format(0.000049, ".2%")), repr(format(0.125, ".0%")), repr(format(0.135, ".0%")))
print(repr(format(1e300, ".0%")[:12]), len(format(1e300, ".0%")), repr(format(-1e-300, "z.3%")))
for bad in ["#%", ",%", "_%"]:
    print(repr(bad), repr(format(1234.5, bad)))
try:
    print(format("0.5", "%"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print("%%%" % ())
except ValueError as e:
    print(type(e).__name__, e)
