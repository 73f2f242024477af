# Uncaught float division by zero inside a helper.
def mean(xs):
    return sum(xs) / len(xs)
samples = [[1, 2, 3], [0.5], [10, -10], list(range(100))]
for s in samples:
    print(len(s), mean(s))
def variance(xs):
    m = mean(xs)
    return sum((x - m) ** 2 for x in xs) / len(xs)
print(variance([1, 2, 3, 4]))
print(variance([]))
print("unreachable")
