# Sensor-data cleaning with float predicates: isnan/isinf/isfinite, copysign, fmod vs %, clamp.
import math
readings = [21.5, float("nan"), -0.0, 1e309, -1e309, 22.25, 0.0, -5.5, 1e-320, 30.0]
for r in readings:
    print(repr(r), math.isnan(r), math.isinf(r), math.isfinite(r), math.copysign(1, r), r == r, r != r)
valid = [r for r in readings if math.isfinite(r)]
print(valid, sum(valid) / len(valid), max(valid), min(valid))
def clamp(v, lo, hi):
    return max(lo, min(v, hi))
print([clamp(v, -1.0, 25.0) for v in valid], clamp(float("nan"), 0, 1), clamp(0, float("nan"), 1))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (5, 0.5), (1e20, 3.0), (-0.0, 1)]:
    print(a, b, a % b, math.fmod(a, b), math.remainder(a, b), divmod(a, b), a // b)
print(math.fabs(-3), math.floor(-0.5), math.ceil(-0.5), math.trunc(-2.7), math.modf(-3.25), math.frexp(12.0), math.ldexp(0.75, 4))
print(math.hypot(3, 4), math.hypot(1, 1, 1), math.dist((0, 0), (3, 4)), math.sqrt(2) ** 2, math.exp(1) == math.e, math.log(math.e))
print(math.log10(1000), math.log2(1024), math.log(8, 2), math.log1p(1e-10), math.expm1(1e-10), math.pow(2, 0.5), math.cbrt(27))
print(round(math.sin(math.pi), 12), math.cos(0), math.atan2(1, -1), math.degrees(math.pi / 3), math.radians(180), math.tau)
print(math.inf > 1e308, -math.inf < -1e308, math.isnan(math.inf - math.inf), math.inf * 0, math.nan == math.nan, math.copysign(0.0, -1))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.log(-1), lambda: math.fmod(1, 0), lambda: math.exp(1000), lambda: math.pow(0, -1), lambda: math.acos(2)]:
    try:
        print(bad())
    except (ValueError, OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
