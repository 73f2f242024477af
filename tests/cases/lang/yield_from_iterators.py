# yield from with plain iterators: send must be None, throw/close fall back when the methods are missing.
class Counter:
    def __init__(self, n):
        self.i, self.n = 0, n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration("counter result")
        self.i += 1
        return self.i
def deleg():
    r = yield from Counter(2)
    print("  got", repr(r))
    yield "end"
print(list(deleg()))
g = deleg()
next(g)
try:
    g.send("not None")
except AttributeError as e:
    print(type(e).__name__, e)
g = deleg()
next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("throw with no throw():", repr(e))
class Closable(Counter):
    def close(self):
        print("  Closable.close called")
def deleg2():
    yield from Closable(5)
g = deleg2()
next(g)
g.close()
class Throwable(Counter):
    def throw(self, *args):
        print("  Throwable.throw got", [type(a).__name__ for a in args])
        return "from throw"
def deleg3():
    yield from Throwable(5)
g = deleg3()
next(g)
print(g.throw(ValueError("v")))
for bad in [5, None]:
    def bad_deleg():
        yield from bad
    try:
        list(bad_deleg())
    except TypeError as e:
        print(type(e).__name__, e)
def from_dict():
    yield from {"b": 1, "a": 2}
print(list(from_dict()))
def from_iter_of_gen():
    yield from iter(range(3))
print(list(from_iter_of_gen()))
def sender():
    x = yield from (i for i in [1, 2])
    print("  genexpr return value:", x)
g = sender()
next(g)
try:
    g.send("v")
except AttributeError as e:
    print("unexpected", e)
except TypeError as e:
    print("send to genexpr:", e)
