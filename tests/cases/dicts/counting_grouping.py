# Counting and grouping patterns.
data = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
counts = {}
for x in data:
    counts[x] = counts.get(x, 0) + 1
print(counts)
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
by_parity = {"even": [], "odd": []}
for x in data:
    by_parity["even" if x % 2 == 0 else "odd"].append(x)
print(by_parity)
inverse = {}
for k, v in counts.items():
    inverse.setdefault(v, []).append(k)
print(inverse)
most = max(counts, key=counts.get)
print(most, counts[most])
words = "a bb a ccc bb a dddd".split()
lengths = {w: len(w) for w in words}
print(lengths, len(lengths))
