# Precedence of arithmetic, bitwise and comparison operators.
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, -3 ** 2, (-3) ** 2)
print(10 - 4 - 3, 2 ** 2 ** 3, 100 // 10 // 3, 100 / 10 / 4)
print(1 + 2 << 3, 1 + (2 << 3), 6 & 3 | 8, 6 & (3 | 8), 5 ^ 3 & 1)
print(1 < 2 == True, not 1 + 1 == 2, not 0 or 5, 0 and 1 or 2)
print(7 % 3 * 2, 7 * 3 % 4, -7 % 3 ** 2, 2 * -3 ** 2)
print(3 > 2 and 2 > 1, 1 if 0 else 2 if 1 else 3)
print(~1 + 1, -~1, ~-1 * 2, 2 ** -1 * 4)
x = 3
print(x * x - 2 * x + 1, (x - 1) ** 2 == x * x - 2 * x + 1)
