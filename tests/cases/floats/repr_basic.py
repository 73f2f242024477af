# Shortest round-trip repr of common floats.
vals = [0.1, 0.2, 0.1 + 0.2, 0.3, 1.0, -1.0, 0.0, -0.0, 1.5, 2.675, 1 / 3, 2 / 3,
        100.0, 123456.789, 3.141592653589793, 1.1 * 1.1, 0.1 * 3, 9.95]
for v in vals:
    print(repr(v), str(v))
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)
print(1.0 - 0.9, 0.7 + 0.1, 0.3 - 0.1)
print(sum([0.1] * 10), 0.1 * 10)
for n in range(1, 10):
    print(n, n / 10, n * 0.1, n / 10 == n * 0.1)
print(repr(1 / 3 * 3), repr(100 * 1.1), repr(0.1 * 0.1))
