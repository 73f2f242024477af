# NaN and signed zeros in sorting, min/max, equality, membership and dict keys.
nan = float("nan")
data = [3.0, nan, 1.0, -0.0, 0.0, 2.0, nan, -1.0]
print(sorted(data))
print(sorted([x for x in data if x == x]), sorted(data, key=lambda x: (x != x, x)))
print(max(data), min(data), max([nan, 1.0]), max([1.0, nan]), min([nan, 2.0, 1.0]))
print(nan in [nan], nan in [float("nan")], [nan] == [nan], (nan,) == (nan,), nan == nan, nan is nan)
x = nan
print([x].count(x), [float("nan")].count(x), [x].index(x), x in {x}, float("nan") in {x})
d = {nan: "a"}
d[float("nan")] = "b"
d[nan] = "c"
print(len(d), list(d.values()))
print(0.0 == -0.0, {0.0: "pos"}.get(-0.0), {-0.0, 0.0}, [0.0, -0.0].index(-0.0), sorted([0.0, -0.0]), sorted([-0.0, 0.0]))
print(max(0.0, -0.0), max(-0.0, 0.0), min(0.0, -0.0), min(-0.0, 0.0), abs(-0.0), -0.0 + 0.0, -0.0 - 0.0, -0.0 * 1)
import math
print(math.isnan(sum([1.0, nan])), math.isnan(nan * 0), nan > 1, nan < 1, nan != nan, sorted([2, nan, 1]), sorted([nan, 2, 1]))
inf = float("inf")
print(inf == inf, inf - inf, inf * -1, -inf < 0 < inf, 1 / inf, max([inf, 1e308]), sorted([inf, -inf, 0, nan]))
print(f"{nan}", f"{-nan}", repr(-nan), str(inf), format(-inf, ".3f"), float("-nan"), float("NaN"), float("  inf  "), float("-iNF"))
