# Tuple unpacking and starred targets in comprehension loops.
points = [(1, 2), (3, 4), (5, 6)]
print([x + y for x, y in points])
print([(y, x) for x, y in points])
records = [("ann", (30, "nyc")), ("bob", (25, "sf"))]
print([f"{name}@{city}" for name, (age, city) in records])
print([first for first, *rest in [(1, 2, 3), (4,), (5, 6)]])
print([rest for first, *rest in [(1, 2, 3), (4,), (5, 6)]])
print({k: v for k, v in [("a", 1), ("b", 2)]})
print([a * b for a, b in zip(range(5), range(5, 10))])
print([i for i, _ in enumerate("xyz")])
