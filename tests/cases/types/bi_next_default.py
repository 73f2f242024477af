# next() on various iterators, with and without a default.
its = [iter([1]), iter(()), iter("a"), iter({"k": 1}), iter({5}), iter(range(1)), iter(b"z"), (x for x in [9]), iter(enumerate("q")), iter(zip("a", "b")), map(abs, [-3]), reversed([4])]
for it in its:
    print(next(it, "default-1"), next(it, "default-2"), next(it, None))
def gen():
    yield 1
    return "ret"
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print(type(e).__name__, e.value, e.args)
print(next(g, "after"))
for bad in [[1], "s", 5, None, {1: 2}]:
    try:
        next(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class Cnt:
    def __init__(self):
        self.n = 0
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("custom")
        return self.n
c = Cnt()
print(next(c), next(c), next(c, "dflt"))
try:
    next(c)
except StopIteration as e:
    print(type(e).__name__, e)
class NotIt:
    def __iter__(self):
        return self
try:
    next(NotIt())
except TypeError as e:
    print(type(e).__name__, e)
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "empty"), next(iter([]), []))
