# Round-half-even and the binary-representation effects of ties.
for x in [0.5, 1.5, 2.5, 3.5, 4.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4503599627370497.0,
          2.0**52 + 0.5, -(2.0**52) - 0.5, 1e16, 0.5000000000000001]:
    print(repr(x), round(x), type(round(x)).__name__)
for x, n in [(2.675, 2), (2.665, 2), (0.125, 2), (0.135, 2), (0.145, 2), (1.25, 1), (1.35, 1), (1.45, 1),
             (0.0005, 3), (0.0015, 3), (5.015, 2), (8.345, 2), (1.0005, 3), (0.25, 1), (0.75, 1), (-0.25, 1),
             (-0.75, 1), (125.0, -1), (135.0, -1), (-125.0, -1), (25.0, -1)]:
    print(x, n, repr(round(x, n)))
import math
print(math.floor(2.5), math.ceil(2.5), math.trunc(-2.5), math.floor(-2.5), math.ceil(-2.5))
print(math.floor(-0.0), math.ceil(-0.5), repr(math.copysign(0.0, -1)), math.modf(2.5), math.modf(-2.5))
print(math.modf(-0.0), math.modf(float("inf")), math.fmod(-7.5, 2), math.fmod(7.5, -2), -7.5 % 2)
print(math.frexp(8.0), math.frexp(0.1), math.frexp(-0.0), math.ldexp(0.5, 4), math.ldexp(1.0, -1074))
print(math.remainder(7, 2), math.remainder(5, 2), math.remainder(-7, 2), math.nextafter(1.0, 2.0), math.ulp(1.0))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1e-10, 0.0), math.isclose(1e-10, 0.0, abs_tol=1e-9))
print(math.copysign(3, -0.0), math.copysign(-3, 0.0), math.fabs(-2), math.isfinite(1e308), math.isinf(-1e309))
