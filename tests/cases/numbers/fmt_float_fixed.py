# 'f' and 'F' presentation: precision, rounding of exact binary values, huge numbers.
for v in [0.0, -0.0, 0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 1e-10, 123.456, -123.456, 1e16, 1e22,
          1.7976931348623157e308, 5e-324, 1 / 3, 9.995, 0.05]:
    print(repr(v), format(v, "f"), format(v, ".0f"), format(v, ".1f"), format(v, ".2f"), format(v, ".3F"))
print(format(0.1, ".30f"), format(1 / 3, ".20f"), format(2**-30, ".40f"))
print(format(1e300, ".2f")[:40], len(format(1e300, "f")), len(format(1.7976931348623157e308, ".0f")))
print(format(5e-324, ".330f")[-20:], len(format(5e-324, ".1074f")))
for p in range(0, 10):
    print(p, format(0.5, ".%df" % p), format(1.0 / 7, ".%df" % p), format(-2.5, ".%df" % p), format(999.9999, ".%df" % p))
print(format(0.5, "#.0f"), format(1.0, "#.0F"), format(12.0, "#f"), format(-0.0, "#.0f"))
print(format(1234567.891, "15.2f") + "|", format(-1234567.891, "<15.2f") + "|", format(1234567.891, "015.2f"))
print(format(float("inf"), "f"), format(float("-inf"), "F"), format(float("nan"), "F"), format(float("nan"), "08.2f"))
