# iter() with a callable and sentinel, and iter() error messages.
n = [0]
def tick():
    n[0] += 1
    return n[0]
print(list(iter(tick, 5)))
it = iter(tick, 8)
print(type(it).__name__, next(it), next(it), next(it, "x"), next(it, "x"), iter(it) is it)
data = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(data), "")))
class Stopper:
    def __init__(self):
        self.i = 0
    def __call__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
print(list(iter(Stopper(), None)))
def raiser():
    raise KeyError("inner")
try:
    list(iter(raiser, 0))
except KeyError as e:
    print(type(e).__name__, e)
for args in [(5,), (None,), (5, 1), ("abc", "b")]:
    try:
        print(iter(*args))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    iter()
except TypeError as e:
    print(type(e).__name__, e)
class OldStyle:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(iter(OldStyle())), list(OldStyle()), 20 in OldStyle())
class NotIter:
    __iter__ = None
try:
    iter(NotIter())
except TypeError as e:
    print(type(e).__name__, e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
s = iter("ab")
print(next(s), next(s), next(s, None))
try:
    next(s)
except StopIteration as e:
    print(type(e).__name__, repr(e.value))
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    next()
except TypeError as e:
    print(type(e).__name__, e)
