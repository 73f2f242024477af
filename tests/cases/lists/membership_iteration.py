# in, not in, iteration while modifying a copy.
a = [3, "x", None, [1], 2.0]
for probe in [3, "x", None, [1], 2, "y", 1]:
    print(repr(probe), probe in a, probe not in a)
total = 0
for v in [1, 2, 3]:
    total += v
print(total)
items = [1, 2, 3, 4, 5, 6]
for x in items[:]:
    if x % 2 == 0:
        items.remove(x)
print(items)
it = iter([10, 20, 30])
print(next(it), list(it), list(it))
for i, x in enumerate(["a", "b"], start=5):
    print(i, x)
