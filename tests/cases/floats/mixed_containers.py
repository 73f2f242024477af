# Floats inside containers: reprs and sorting.
data = [3.0, 1, 2.5, -0.5, 10 ** 3, 1e-3, 0.1 + 0.2]
print(data)
print(sorted(data))
print(sorted(data, reverse=True))
print(tuple(x * 2 for x in data))
print({k: k / 4 for k in range(5)})
print([round(x, 2) for x in [1 / 3, 2 / 3, 1 / 7]])
print(max(data), min(data), sum(data))
print(str([0.1, 0.2]), repr((1.0,)), str({0.5: 1e20}))
print([float(i) for i in range(-2, 3)])
