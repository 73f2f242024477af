# Division and multiplication results are correctly rounded IEEE doubles.
for a, b in [(1, 3), (2, 3), (1, 7), (22, 7), (355, 113), (1, 10), (3, 10), (1e-310, 3), (1.0, 3e-310),
             (0.1, 0.3), (1e308, 0.1), (7.0, 1e-308), (1, 49), (49, 1 / 49)]:
    q = a / b
    print(repr(q), repr(q * b), q * b == a)
print(repr(1 / 49 * 49), repr(0.1 * 3), repr(0.1 * 10), repr(1.1 * 1.1), repr(1.1 ** 2))
print(repr(100 * 1.1), repr(0.57 * 100), repr(1.15 * 100), repr(4.35 * 100), repr(2.675 * 100))
print(repr(3 * 0.1 / 3), repr(0.1 + 0.2 - 0.3), repr((0.1 + 0.2) + 0.3), repr(0.1 + (0.2 + 0.3)))
x = 1.0
for i in range(1, 20):
    x *= i / (i + 1)
print(repr(x), repr(1 / 20))
y = 1.0
for _ in range(50):
    y = y * 3.7 % 1
print(repr(y))
z = 2.0
for _ in range(6):
    z = (z + 2 / z) / 2
print(repr(z), repr(z * z))
print(repr(1e-308 / 10), repr(1e-308 / 1e10), repr(2.5e-308 / 2), repr(-1e-320 / 1e10))
