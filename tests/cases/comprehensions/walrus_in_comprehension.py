# Assignment expressions inside comprehensions bind in the enclosing scope.
data = [1, 4, 9, 16, 25, 36]
roots = [r for x in data if (r := int(x ** 0.5)) % 2 == 0]
print(roots, r)
total = 0
running = [(total := total + x) for x in range(6)]
print(running, total)
def f(x):
    return x * 3 - 1
print([y for x in range(6) if (y := f(x)) > 5])
print([last := c for c in "xyz"], last)
