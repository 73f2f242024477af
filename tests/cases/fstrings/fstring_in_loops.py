# f-strings built in loops and comprehensions.
table = []
for i in range(1, 6):
    table.append(f"{i:>2} {i ** 2:>3} {i ** 3:>4} {2 ** i:>3} {1 / i:.3f}")
print("\n".join(table))
labels = [f"item-{n:03d}" for n in range(0, 120, 25)]
print(labels)
d = {f"k{i}": f"v{i * i}" for i in range(4)}
print(d)
bars = [f"{name:<6}{'#' * count}" for name, count in [("a", 3), ("bb", 0), ("ccc", 7)]]
for b in bars:
    print(b)
total = 0
for price in [1.25, 2.5, 10.0]:
    total += price
    print(f"running total: {total:>7.2f}")
