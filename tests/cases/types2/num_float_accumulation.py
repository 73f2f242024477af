# Float accumulation: naive sum vs math.fsum vs Kahan, and sum() behaviour on floats.
import math
xs = [0.1] * 10
print(sum(xs), math.fsum(xs), sum(xs) == 1.0, math.fsum(xs) == 1.0)
big = [1e100, 1.0, -1e100]
print(sum(big), math.fsum(big), sum([1e16, 1.0, 1.0]), math.fsum([1e16, 1.0, 1.0]))
def kahan(values):
    s = c = 0.0
    for v in values:
        y = v - c
        t = s + y
        c = (t - s) - y
        s = t
    return s
vals = [1.0 / (k * k) for k in range(1, 10001)]
print(f"{sum(vals):.17f}", f"{kahan(vals):.17f}", f"{math.fsum(vals):.17f}", f"{math.pi ** 2 / 6:.17f}")
print(sum([0.1, 0.2, 0.3]), sum([0.3, 0.2, 0.1]), sum((0.1, 0.2), 0.3), sum([1, 2.5, 3]), sum([], 0.0))
print(sum(range(10), 0.5), sum([1e308, 1e308]), sum([float("inf"), -float("inf")]), sum([1, 2], start=10))
mean = sum(vals[:5]) / 5
var = sum((v - mean) ** 2 for v in vals[:5]) / 4
print(mean, var, var ** 0.5, math.sqrt(var))
print(math.prod([0.5, 4, 1.5]), math.prod(range(1, 6)), math.prod([]), math.prod([2] * 10, start=0.5))
print(0.1 * 3, 0.1 * 3 == 0.3, math.isclose(0.1 * 3, 0.3), math.isclose(1e-10, 0), math.isclose(1e-10, 0, abs_tol=1e-9))
print(math.ulp(1.0), math.nextafter(1.0, 2.0), math.nextafter(0.0, 1.0), 1.0 + math.ulp(1.0) / 2 == 1.0)
