# Float comparisons, including with ints and big ints.
print(0.1 < 0.2, 0.1 + 0.2 > 0.3, 1.0 == 1, 1.0000000000000002 > 1)
print(2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 53 + 1 > 2.0 ** 53)
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float("inf"))
print(-0.0 == 0.0, -0.0 < 0.0, 0.0 <= -0.0)
print(sorted([3.5, -1.0, 2, 0, -0.5, 1e10, -1e-10]))
print(max([1, 2.0, 2]), min([2.0, 2, 1.5]), max(2, 2.0), max(2.0, 2))
print(1.5 in [1, 1.5], 2 in [2.0], 3.0 in {3: "x"})
print(round(0.1 + 0.2, 1) == 0.3, 1e-300 * 1e-300 == 0.0)
a = [0.5, 0.25, 0.125]
print(all(x > y for x, y in zip(a, a[1:])))
