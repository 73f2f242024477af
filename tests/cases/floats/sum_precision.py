# Summation order and precision.
vals = [1e16, 1.0, -1e16]
print(sum(vals), sum(sorted(vals)), 1e16 + 1.0 - 1e16, 1e16 - 1e16 + 1.0)
print(sum([0.1] * 3), 0.1 + 0.1 + 0.1, sum([0.1, 0.2, 0.3]))
big = [1.0] * 1000
print(sum(big), sum(x / 1000 for x in big))
acc = 0.0
for i in range(1, 101):
    acc += 1.0 / (i * i)
print(acc, 6 * acc, (6 * acc) ** 0.5)
print(sum([1e308, 1e308, -1e308]), sum([1e308, -1e308, 1e308]))
print(1e16 + 2.0, 1e16 + 1.0, 1e16 + 3.0, 2 ** 53 + 1.0)
print(0.1 + 0.7, (0.1 + 0.7) * 10, int((0.1 + 0.7) * 10))
