# Mixed int/float arithmetic results and types.
vals = [(1, 2.0), (3, 0.5), (-4, 2.5), (10, 4)]
for a, b in vals:
    print(a + b, a - b, a * b, a / b, a // b, a % b)
print(7 / 2, 8 / 2, -7 / 2, 1 / 3)
print(type(8 / 2).__name__, type(8 // 2).__name__, type(8.0 // 2).__name__)
print(2 ** 0.5, 4 ** 0.5, 8 ** (1 / 3))
print(1 + True, True + True, True * 3.5, False - 1)
print(10 // 3.0, -10 // 3.0, 10 % 3.0, -10 % 3.0)
print(1e3 == 1000, 0.5 == 1 / 2, 1 == 1.0, 2 ** 53 == 2.0 ** 53)
print(int(3.9), int(-3.9), int(2.5), float(7))
print(2 ** 53 + 1 == float(2 ** 53 + 1), float(2 ** 53 + 1))
