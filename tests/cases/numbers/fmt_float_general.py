# 'g' and 'G' presentation: switching between fixed and scientific, trailing zeros, '#'.
vals = [0.0, -0.0, 1.0, 0.0001, 0.00001, 0.000123456, 123456.0, 1234567.0, 1e15, 1e16, 1e-5, 100.0,
        123.456, 1.5, 0.1 + 0.2, 1e100, 5e-324, 2.5, 999999.5, 9999995.0]
for v in vals:
    print(repr(v), format(v, "g"), format(v, "G"), format(v, ".0g"), format(v, ".1g"), format(v, ".3g"),
          format(v, ".10g"), format(v, "#g"), format(v, "#.3g"), format(v, ".17g"))
for p in range(0, 8):
    print(p, format(123.456, ".%dg" % p), format(0.000123456, ".%dg" % p), format(1e6, ".%dg" % p),
          format(999.5, ".%dg" % p))
print(format(float("inf"), "g"), format(float("-inf"), "G"), format(float("nan"), "G"), format(float("nan"), "#g"))
print(format(1e-4, ".2g"), format(9.99e-5, ".2g"), format(99999.0, ".5g"), format(99999.5, ".5g"))
print(format(1.0, "10g") + "|", format(1e20, "<12G") + "|", format(-1e-20, "012g"), format(1e20, "+,g"))
