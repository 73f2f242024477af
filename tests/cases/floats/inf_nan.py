# Infinity and NaN behaviour.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), repr(nan))
print(inf + 1, inf * 2, inf - inf, inf * 0, -inf * -1)
print(inf > 10 ** 300, -inf < -(10 ** 300), inf == inf, nan == nan, nan != nan)
print(nan < 1, nan > 1, nan == 0, inf / inf, 1 / inf, -1 / inf)
print(float("Infinity"), float("-INF"), float("NaN"), float("  inf  "), float("+nan"))
print(max(1.0, inf), min(-inf, 0), abs(-inf))
x = nan
print(x is x, [x] == [x], x in [x], x == x)
print(type(inf).__name__, inf.is_integer(), (2.0).is_integer(), (2.5).is_integer())
print(str(inf), str(-nan), f"{inf}", f"{nan:>6}")
print(1e308 * 10, -1e308 * 10, 1e308 * 10 - 1e308 * 10)
