# Builtins working on tuples.
t = (4, 1, 3, 1, 5)
print(sum(t), min(t), max(t), sorted(t), tuple(sorted(t)), len(t))
print(tuple(reversed(t)), list(enumerate(t)), tuple(map(lambda v: v * 10, t)))
print(tuple(zip(t, "abcde")), any(x > 4 for x in t), all(x > 0 for x in t))
print(3 in t, 7 in t, t.count(1), t.index(1), t.index(1, 2))
print(tuple(x for x in t if x % 2), tuple(filter(lambda v: v > 2, t)))
total = 0
for v in t:
    total += v * v
print(total)
