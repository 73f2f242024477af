# Multiplication and addition that cross machine-word boundaries.
x = 2 ** 62
print(x + x, x * 4, x * x)
print(9223372036854775807 + 1)
print(-9223372036854775808 - 1)
print(18446744073709551615 * 18446744073709551615)
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(f // 2 ** 20)
print(-f, abs(-f))
print(f == 265252859812191058636308480000000)
print(f > 2 ** 100, f < 2 ** 110)
print(f % 1000000007)
print((2 ** 64 - 1) & 0xFFFF, (2 ** 64) | 1)
