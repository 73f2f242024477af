# list.sort and sorted with keys, reverse, stability.
a = [5, 2, 9, -1, 0, 2, 7]
print(sorted(a), a)
a.sort()
print(a)
a.sort(reverse=True)
print(a)
words = ["banana", "Apple", "cherry", "date", "Elder", "fig"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a"), (3, "c")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[1]))
recs = [("ann", 30), ("bob", 25), ("cat", 30), ("dan", 25)]
recs.sort(key=lambda r: r[1])
print(recs)
recs.sort(key=lambda r: (-r[1], r[0]))
print(recs)
print(sorted([]), sorted([1]), sorted("cba"), sorted((3, 1, 2), reverse=True))
try:
    sorted([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
print(a.sort() is None)
