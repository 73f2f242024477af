# iter() and next() including defaults and the two-argument iter.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "default"), next(it, None))
it2 = iter("ab")
print(list(it2), list(it2))
print(iter(it) is it)
d = iter({"x": 1, "y": 2})
print(next(d), next(d))
data = [5, 4, 3, 0, 9]
pos = iter(data)
print(list(iter(lambda: next(pos), 0)))
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
try:
    next(iter([]))
except StopIteration as e:
    print(type(e).__name__, repr(e))
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
