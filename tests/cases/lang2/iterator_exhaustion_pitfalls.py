# Iterator exhaustion in realistic code: reusing map/filter/zip objects and generator results twice.
prices = {"apple": 1.2, "pear": 0.8, "fig": 2.5}
expensive = filter(lambda kv: kv[1] > 1, prices.items())
print(dict(expensive), dict(expensive))
names = map(str.upper, prices)
print("APPLE" in names, list(names))
pairs = zip(["a", "b", "c"], [1, 2, 3])
first = next(pairs)
print(first, dict(pairs), list(pairs))
def squares(n):
    for i in range(n):
        yield i * i
sq = squares(4)
print(sum(sq), sum(sq), max(squares(4)))
try:
    max(sq)
except ValueError as e:
    print(type(e).__name__, e)
print(max(sq, default=None))
rev = reversed([1, 2, 3])
print(list(rev), list(rev))
e = enumerate("ab")
print(list(e), list(e), list(enumerate("ab", start=10)))
class Once:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        return iter(self.items)
class Stream:
    def __init__(self, items):
        self.it = iter(items)
    def __iter__(self):
        return self.it
o, s = Once([1, 2]), Stream([1, 2])
print(list(o), list(o), list(s), list(s))
def total_and_count(values):
    total = sum(values)
    count = sum(1 for _ in values)
    return total, count
print(total_and_count([1, 2, 3]), total_and_count(iter([1, 2, 3])), total_and_count(v for v in [1, 2, 3]))
it = iter([1, 2, 3, 4, 5, 6])
print(list(zip(it, it)), 3 in iter([1, 2, 3]), list(map(lambda x, y: x + y, [1, 2], [10, 20, 30])))
d = {"k": 1}
keys = iter(d)
d["new"] = 2
try:
    next(keys)
except RuntimeError as e:
    print(type(e).__name__, e)
