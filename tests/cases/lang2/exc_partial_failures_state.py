# State left behind by exceptions: partial list updates, failing key functions, __eq__ raising in `in`.
data = [3, 1, 2]
def bad_key(x):
    if x == 2:
        raise ValueError("cannot rank 2")
    return -x
try:
    data.sort(key=bad_key)
except ValueError as e:
    print(type(e).__name__, e, data)
results = []
try:
    results.extend(10 // x for x in [5, 2, 0, 1])
except ZeroDivisionError as e:
    print(type(e).__name__, e, results)
d = {}
try:
    d.update((k, 100 // k) for k in [1, 4, 0, 5])
except ZeroDivisionError:
    print("partial dict:", d)
try:
    squares = {k: 1 / k for k in [1, 2, 0]}
except ZeroDivisionError:
    print("comprehension result never bound:", "squares" in dir())
class Touchy:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if isinstance(other, Touchy) and other.v == "boom":
            raise RuntimeError("compared with boom")
        return isinstance(other, Touchy) and self.v == other.v
    __hash__ = None
items = [Touchy(1), Touchy(2), Touchy("boom")]
print(Touchy(2) in items)
try:
    print(Touchy(3) in items)
except RuntimeError as e:
    print(type(e).__name__, e)
class BadHash:
    def __hash__(self):
        raise KeyError("hash failed")
s = {1, 2}
try:
    s.add(BadHash())
except KeyError as e:
    print(type(e).__name__, e, sorted(s))
class Half:
    def __init__(self, a, b):
        self.a = a
        if b < 0:
            raise ValueError("b must be >= 0")
        self.b = b
try:
    h = Half(1, -1)
except ValueError as e:
    print(type(e).__name__, e, "h" in dir())
total = 0
try:
    for i, v in enumerate(["1", "2", "x", "4"]):
        total += int(v)
except ValueError as e:
    print("stopped at", i, "total", total, "|", e)
a = [1, 2, 3]
try:
    a[1:2] = (x for x in [7, 8, 1 // 0])
except ZeroDivisionError:
    print("slice assignment untouched:", a)
