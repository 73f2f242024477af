# str(), repr() and format() of floats.
for v in [3.14159, -2.5, 1e20, 1.23e-7, 100.0, 0.1]:
    print(str(v), format(v), format(v, ".2f"), format(v, ".3e"), format(v, "g"), format(v, ".3g"))
print("%f %.2f %e %.3E %g %G" % (1.5, 2.675, 12345.678, 0.000123, 1e-5, 1e20))
print("%10.3f|%-10.3f|%+.1f" % (3.14159, 3.14159, 2.0))
print(format(1234567.891, ",.2f"), format(0.5, "%"), format(0.125, ".1%"))
print(format(1e16, ""), format(1e16, "f"), format(123.0, ".0f"), format(0.5, ".0f"), format(1.5, ".0f"))
print(format(float("inf"), "f"), format(float("nan"), ".2f"), format(-0.0, ".1f"))
for p in range(0, 8):
    print(p, format(2 / 3, "." + str(p) + "f"), format(12345.6789, "." + str(p) + "g"))
print(format(123.456, "10.2f") + "|", format(123.456, "<10.1f") + "|", format(123.456, "^12.3e") + "|")
