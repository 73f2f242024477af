# Integer powers, negative exponents, zero exponents.
print(2 ** 0, 2 ** 1, 2 ** 10, 2 ** 31, 2 ** 32, 2 ** 63, 2 ** 64)
print((-2) ** 3, (-2) ** 4, -2 ** 4, (-1) ** 1001)
print(0 ** 0, 0 ** 5, 1 ** 1000)
print(2 ** -1, 2 ** -2, 10 ** -3)
print(3 ** 3 ** 2, (3 ** 3) ** 2)
print(pow(2, 10), pow(-3, 3), pow(7, 0))
print(pow(2, 100, 1000), pow(3, 200, 13), pow(-2, 5, 7))
print(pow(5, -1, 7), pow(3, -2, 11))
x = 5
x **= 3
print(x)
print(10 ** 20, 10 ** 20 // 10 ** 19)
print(type(2 ** 3).__name__, type(2 ** -3).__name__)
