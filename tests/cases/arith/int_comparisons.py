# Comparison chains and mixed comparisons.
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1.0 == True)
print(-5 < -4, 2 ** 100 > 2 ** 99, -(2 ** 100) < -(2 ** 99))
print(0 == -0, 0 == 0.0, 1 != 1.0)
x = 5
print(0 < x <= 5, 0 < x < 5, x == 5 != 6)
print(max(3, 7, -1), min(3, 7, -1))
print(10 ** 18 < 10 ** 18 + 1, 10 ** 30 == 10 ** 30)
print(sorted([3, -1, 2 ** 65, -(2 ** 65), 0, 7]))
print((1, 2) < (1, 3), [1, 2] < [1, 2, 0], (2,) > (1, 99))
print(True > False, True == 1, False < 0.5)
