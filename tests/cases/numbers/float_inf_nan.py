# Arithmetic with math.inf and math.nan.
import math
inf, nan = math.inf, math.nan
print(inf, -inf, nan, repr(inf), str(-nan), math.inf == float("inf"), math.isnan(math.nan))
print(inf + 1, inf - inf, inf * 0, inf * -1, inf / inf, 1 / inf, -1 / inf, inf // 1, inf % 1)
print(inf + inf, inf * inf, -inf * inf, inf ** 0, nan ** 0, 1 ** nan, 1.0 ** inf, (-1.0) ** inf)
print(0.5 ** inf, 2 ** -inf, 2.0 ** inf, (-2.0) ** inf, inf ** -1, (-inf) ** 3, (-inf) ** 2, (-inf) ** 0.5)
print(nan + 1, nan * 0, -nan, abs(-inf), abs(nan), max(1, inf), min(-inf, 0), max(inf, nan), max(nan, inf))
print(sum([inf, -inf]), sum([1, nan]), math.fsum([inf, 1.0]), math.isinf(-inf), math.isfinite(nan))
print(math.sqrt(inf), math.exp(-inf), math.log(inf), math.atan(inf), math.tanh(-inf), math.floor(1e308))
print(math.hypot(inf, nan), math.hypot(3, 4), math.dist((0, 0), (3, 4)))
print(int(inf != inf), int(nan != nan), inf > 1e308, -inf < -1e308, inf == inf, nan is nan)
x = [nan]
print(x == x, x[0] == x[0], nan in x, [nan] == [float("nan")], (nan,) == (nan,))
print(sorted([3.0, inf, -inf, 0.0, -1.5]), 1e308 * 10 == inf, -1e308 * 10)
print(f"{inf}", f"{-inf:.2f}", f"{nan:e}", f"{inf:g}", f"{inf:%}", f"{nan:10}|", f"{-inf:<8}|", f"{inf:+}")
print(f"{inf:F}", f"{nan:E}", f"{-nan:G}", f"{inf:010}")
print(math.inf.is_integer(), math.nan.hex(), (-math.inf).hex(), math.atan2(inf, inf), math.atan2(-inf, -inf))
