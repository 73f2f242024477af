# Generators consumed by sum(), any() and all(): results for ints, bools, big ints and
# floats (with compensated summation), items that need Python code (their __add__ or
# __bool__ sees the generator suspended), where the generator is left after a
# short-circuit or an error, and exceptions from inside the generator.
import sys


def gen(items):
    for x in items:
        yield x


print(sum(gen(range(100))), sum(gen([True, False, True])), sum(gen([]), 5))
print(sum(gen([2**62, 2**62, 2**62])), sum(gen([-(2**63), -1])), sum(gen([1, 2**100, -5])))
print(sum(gen([0.1] * 10)), sum(gen([1e100, 1.0, -1e100])), sum(gen([1, 2.5, 3])), sum(gen([0.5, 2**70])))
print(sum(gen([1.5, float("inf")])), sum(gen([float("inf"), float("-inf")])))
print(sum(gen([[1], [2]]), []), sum(gen([(1,), (2, 3)]), ()), sum(gen([1, 2]), 0.5))
print(sum((x * x for x in range(10) if x % 3), 100))


class Watch:
    def __init__(self, v):
        self.v = v

    def __radd__(self, other):
        return other + self.v + (1000 if g.gi_running else 0)

    def __add__(self, other):
        return self.v + other

    def __bool__(self):
        print("bool", self.v, g.gi_running, g.gi_frame.f_locals.get("x") is self)
        return bool(self.v)


g = gen([1, 2, Watch(10), 3, 2.5, Watch(0.5), 4])
print(sum(g))
g = gen([0, 0, Watch(0), "", None, 0.0, Watch(7), 9])
print(any(g), next(g))
g = gen([1, "a", Watch(3), 2.0, Watch(0), 5])
print(all(g), next(g))
print(any(gen([])), all(gen([])), any(gen([0, 0.0, "", None, False, 2**80])), all(gen([1, 2**80, "x", 0])))


# Short-circuits leave the generator just after the deciding item.
def counted(items):
    for i, x in enumerate(items):
        print("  yield", i)
        yield x
    print("  end")


g = counted([0, 0, 5, 0])
print(any(g))
print(list(g))
g = counted([1, 1, 0, 1])
print(all(g))
print(list(g))


# An error in the consumer leaves the generator suspended; one in the generator ends it.
class Bad:
    def __radd__(self, other):
        raise ValueError("bad add")


g = gen([1, 2, Bad(), 4, 5])
try:
    sum(g)
except ValueError as e:
    print("ValueError", e, g.gi_frame is not None, list(g))


def raising():
    yield 1
    yield 2
    raise KeyError("inside")


for f in (sum, any, all):
    g = raising()
    try:
        print(f.__name__, f(g))
    except KeyError as e:
        print(f.__name__, "KeyError", e, g.gi_frame)


def stop_inside():
    yield 1
    raise StopIteration


try:
    sum(stop_inside())
except RuntimeError as e:
    print("RuntimeError", e)


# Delegation and sys.exception() inside a generator consumed by sum().
def outer():
    yield from gen([1, 2])
    try:
        raise IndexError("handled")
    except IndexError:
        yield 10 if sys.exception() else 0
    yield from (x for x in (100, 200))


print(sum(outer()), any(outer()), all(outer()))
try:
    raise TypeError("outside")
except TypeError:
    def sees():
        yield 1 if isinstance(sys.exception(), TypeError) else 0
    print(sum(sees()))


# min() and max() over generators: ints and floats, NaN, mixed kinds, items compared by
# Python code, keys, defaults, ties (the first wins), and an iterator that revives.
print(max(gen([3, 9, 2, 9])), min(gen([3, -9, 2, -9])), max(gen([1.5, -2.0, 7.25])))
print(max(gen([float("nan"), 1.0])), max(gen([1.0, float("nan")])), min(gen([2, 1.5, 3])))
print(max(gen([1, 2**70, 3])), min(gen(["b", "a", "c"])), max(gen([(1, 2), (1, 3)])))
print(max(gen([]), default="empty"), min(gen([4, 2]), key=lambda v: -v))
try:
    max(gen([]))
except ValueError as e:
    print("ValueError", e)
try:
    min(gen([1, "a"]))
except TypeError as e:
    print("TypeError", e)


class Num:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("lt", self.v, getattr(other, "v", other), g.gi_running)
        return self.v < getattr(other, "v", other)

    def __gt__(self, other):
        print("gt", self.v, getattr(other, "v", other), g.gi_running)
        return self.v > getattr(other, "v", other)

    def __repr__(self):
        return "Num(%r)" % self.v


g = gen([1, 5, Num(3), 7, Num(9), 2])
print(max(g))
g = gen([Num(4), 1, 0.5])
print(min(g))
a, b = 1, 1.0
print(max(gen([a, b])) is a, min(gen([b, a])) is b)


class Revives:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n == 3:
            raise StopIteration
        return self.n * 10


print(max(Revives()), min(Revives()))


# set() and list.extend() over generators: plain items and items whose hash or equality is
# Python code, an error part-way keeps what came before, the generator reading the
# container as it grows.
class Key:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        print("hash", self.v, g.gi_running)
        return hash(self.v)

    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v


g = gen([1, "a", 1, Key(2), "a", Key(2), 3.5, (1, 2)])
print(len(set(g)), sorted(x for x in set(gen([3, 1, 2, 3]))), frozenset(gen("abca")) == {"a", "b", "c"})
out = [0]
out.extend(gen([1, 2, 3]))
print(out)
grow = [1, 2]


def reads_grow():
    for i in range(3):
        yield len(grow)


grow.extend(reads_grow())
print(grow)
partial = []
try:
    partial.extend(raising())
except KeyError:
    print("partial", partial)
s = set()
try:
    s.update(raising())
except KeyError:
    print("set partial", sorted(s))
