# Float powers, roots and their rounding.
for n in [2, 3, 4, 9, 10, 16, 27, 100, 1000]:
    print(n, n ** 0.5, n ** (1 / 3), round(n ** (1 / 3), 10))
print(2 ** 0.5 * 2 ** 0.5 == 2, (2 ** 0.5) ** 2)
print(10 ** 0.0, 0 ** 0.0, 0.0 ** 0, 1.0 ** float("inf"), float("nan") ** 0)
print(2 ** -0.5, 0.5 ** 2, (-2.0) ** 2, (-2.0) ** 3, (-2.0) ** -1)
print(1.0000001 ** 1000000, 0.9999999 ** 1000000)
print(pow(2.0, 3), pow(2, 3.0), pow(4, 0.5), pow(-4, 2.0))
print(type((-8) ** (1 / 3)).__name__)
print(pow(1e10, 30))
