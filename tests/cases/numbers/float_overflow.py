# OverflowError from float arithmetic and conversions.
import math
tests = [("10.0 ** 400", lambda: 10.0 ** 400), ("2.0 ** 1024", lambda: 2.0 ** 1024),
         ("(-10.0) ** 401", lambda: (-10.0) ** 401), ("1e308 * 10", lambda: 1e308 * 10),
         ("1e308 + 1e308", lambda: 1e308 + 1e308), ("pow(1e200, 2)", lambda: pow(1e200, 2)),
         ("10 ** 400.0", lambda: 10 ** 400.0), ("2 ** 1024.0", lambda: 2 ** 1024.0),
         ("1.5 ** 10000", lambda: 1.5 ** 10000), ("0.5 ** -2000", lambda: 0.5 ** -2000),
         ("float(10**400)", lambda: float(10**400)), ("10**400 + 0.5", lambda: 10**400 + 0.5),
         ("1e300 * 10**300", lambda: 1e300 * 10**300), ("2**2000 / 2.0", lambda: 2**2000 / 2.0),
         ("math.exp(1000)", lambda: math.exp(1000)),
         ("math.ldexp(1, 2000)", lambda: math.ldexp(1.0, 2000)),
         ("math.pow(10, 400)", lambda: math.pow(10, 400)),
         ("10.0 ** -400", lambda: 10.0 ** -400), ("1e-300 * 1e-300", lambda: 1e-300 * 1e-300),
         ("inf ** 2", lambda: float("inf") ** 2), ("1.0 ** 1e308", lambda: 1.0 ** 1e308),
         ("(-8.0) ** (1/3)", lambda: (-8.0) ** (1 / 3)), ("round(1e308, -308)", lambda: round(1e308, -308))]
for name, fn in tests:
    try:
        print(name, repr(fn()))
    except OverflowError as e:
        print(name, type(e).__name__, e)
x = 1e300
try:
    x **= 2
except OverflowError as e:
    print(type(e).__name__, e, x)
