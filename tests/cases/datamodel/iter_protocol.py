# __iter__/__next__: iter() checks, iterators must be iterators, StopIteration handling.
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        print("  __iter__")
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)))
for x in Countdown(2):
    print("loop", x)
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, e.args)
class BadIter:
    def __iter__(self):
        return 42
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
class NotIterator:
    def __iter__(self):
        return self
try:
    iter(NotIterator())
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(NotIterator())
except TypeError as e:
    print(type(e).__name__, e)
class NoIter: pass
for f in (iter, list, tuple, sorted, set, enumerate):
    try:
        f(NoIter())
    except TypeError as e:
        print(f.__name__, type(e).__name__, e)
try:
    for _ in NoIter(): pass
except TypeError as e:
    print("for", type(e).__name__, e)
try:
    a, b = NoIter()
except TypeError as e:
    print("unpack", type(e).__name__, e)
try:
    print(*NoIter())
except TypeError as e:
    print("star", type(e).__name__, e)
class GenIter:
    def __init__(self, data): self.data = data
    def __iter__(self):
        yield from self.data
g = GenIter("abc")
print(list(g), list(g), sum(1 for _ in g), type(iter(g)).__name__)
print(list(zip(GenIter([1, 2]), Countdown(5))), max(GenIter([3, 9, 2])))
class IterNone:
    __iter__ = None
try:
    iter(IterNone())
except TypeError as e:
    print(type(e).__name__, e)
