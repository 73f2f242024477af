# %-formatting of floats: e E f F g G with flags and precision.
for v in [0.0, -0.0, 1.5, -2.675, 1e-5, 123456789.0, 1e22, 5e-324, float("inf"), float("-inf"), float("nan")]:
    print("%f|%F|%e|%E|%g|%G" % (v, v, v, v, v, v), "%.2f|%.0e|%.3g|%#.0f|%#g" % (v, v, v, v, v))
for v in [3.14159, -3.14159]:
    print("[%10.3f][%-10.3f][%010.3f][%+.2f][% .2f][%+010.1e][%-+12.4G][%#10.0f]" % ((v,) * 8))
print("%f %e %g" % (1, 10**20, -7), "%.1f" % True, "%5.1f%%" % 99.5, "%.*f" % (3, 2 / 3), "%*.*e" % (12, 2, 1234.5))
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5), "%.2f %.2f" % (2.675, 1.005), "%.15g %.17g" % (0.1, 0.1))
print("%r %s %a" % (0.1, 1e16, -0.0), "%s" % (1 + 2j), "%r" % 1e-7, "%.3s" % 3.14159)
print("%.60f" % 1.1)
for fmt, arg in [("%f", "x"), ("%e", None), ("%g", 1j), ("%f", [1.0]), ("%f", 10**400)]:
    try:
        print(fmt % arg)
    except (TypeError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
class Fl:
    def __float__(self):
        return 9.75
print("%.1f %e" % (Fl(), Fl()))
