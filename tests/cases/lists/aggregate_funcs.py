# sum, min, max, len, sorted, any, all on lists.
a = [4, -2, 7, 0, 3]
print(sum(a), min(a), max(a), len(a), sorted(a), any(a), all(a))
print(sum([]), max([], default=None), min([], default="empty"), any([]), all([]))
print(max(a, key=abs), min(a, key=lambda v: (v % 3, v)), sum(a, 100))
print(sum([[1], [2, 3]], []), sum([0.5, 0.25]))
try:
    max([])
except ValueError as e:
    print(type(e).__name__, e)
strs = ["pear", "fig", "banana"]
print(max(strs), min(strs), max(strs, key=len), sorted(strs, key=lambda s: s[-1]))
print(sum(x * x for x in a), sum(1 for x in a if x > 0))
