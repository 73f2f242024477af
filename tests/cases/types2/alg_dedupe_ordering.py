# De-duplicating while preserving order: dict.fromkeys, seen-set, key-based dedupe; ordered set ops.
emails = ["A@x.com", "b@y.org", "a@x.com", "c@z.net", "B@Y.org", "d@x.com", "c@z.net"]
print(list(dict.fromkeys(emails)))
seen, uniq = set(), []
for e in emails:
    k = e.lower()
    if k not in seen:
        seen.add(k)
        uniq.append(e)
print(uniq, len(seen))
def dedupe(items, key=None):
    seen = set()
    for it in items:
        k = it if key is None else key(it)
        if k not in seen:
            seen.add(k)
            yield it
print(list(dedupe([3, 1, 3, 2, 1, 5])), list(dedupe(emails, key=lambda e: e.split("@")[1].lower())))
print(list(dedupe([[1, 2], [2, 1], [1, 2]], key=tuple)), list(dedupe([{"a": 1}, {"a": 1}], key=lambda d: tuple(d.items()))))
a = ["x", "y", "z", "w"]
b = ["z", "q", "x"]
print([v for v in a if v in set(b)], [v for v in a if v not in set(b)], list(dict.fromkeys(a + b)))
print(sorted(set(a) & set(b)), sorted(set(a) ^ set(b)))
counts = {}
for e in emails:
    counts[e.lower()] = counts.get(e.lower(), 0) + 1
print(counts, [k for k, v in counts.items() if v > 1])
print(len(set([1, 1.0, True])), set([1, 1.0, True]), {0, False, 0.0, -0.0}, {1: "int", 1.0: "float"})
nums = [5, 3, 5, 1, 3, 3, 9]
print(sorted(set(nums)), sorted(set(nums), key=nums.index), max(set(nums), key=nums.count), [n for n in nums if nums.count(n) == 1])
