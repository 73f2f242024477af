# Steps through chains of `yield from` / `await`: values sent down and yielded up through
# many levels, return values and exceptions coming back up one level at a time, the state
# of the generators in between while the innermost runs (running, frames, recursion
# depth), and chains whose innermost link is not a generator.
import sys
import traceback


def leaf(n):
    for i in range(n):
        got = yield i
        if got is not None:
            yield ("got", got)
    return "leaf-done"


def link(g, tag):
    r = yield from g
    return (tag, r)


def chain(depth, inner):
    g = inner
    for k in range(depth):
        g = link(g, k)
    return g


# Values up, return values up level by level.
out = []
g = chain(6, leaf(4))
try:
    while True:
        out.append(next(g))
except StopIteration as e:
    print("values", out, "returned", e.value)

# send() goes down to the innermost generator.
g = chain(5, leaf(3))
print("first", next(g))
print("sent", g.send("hello"))
print("after", next(g), next(g))

# A chain that is created but never started: the first send must be None.
g = chain(3, leaf(2))
try:
    g.send(1)
except TypeError as e:
    print("TypeError", e)
print("then", next(g))

# Exceptions raised deep down pass through every level's handlers in order.
def raiser():
    yield 1
    raise KeyError("deep")


def catcher(g, label):
    try:
        return (yield from g)
    except KeyError as e:
        print("caught at", label, repr(e))
        yield "recovered " + label
        return "after " + label


def passer(g):
    try:
        return (yield from g)
    finally:
        print("finally in passer")


g = passer(catcher(passer(passer(raiser())), "mid"))
print(list(g))

# Uncaught: the traceback shows every level.
def crash():
    yield 1
    1 / 0


g = chain(3, crash())
next(g)
try:
    next(g)
except ZeroDivisionError:
    tb = traceback.extract_tb(sys.exc_info()[2])
    print("tb", [f.name for f in tb])

# StopIteration raised in the innermost becomes RuntimeError there.
def bad_stop():
    yield 1
    raise StopIteration("oops")


g = chain(3, bad_stop())
next(g)
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)


# While the innermost runs, the generators above it are running.
holder = {}


def watcher():
    yield [x.gi_running for x in holder["links"]]
    yield [x.gi_frame.f_code.co_name for x in holder["links"]]
    try:
        next(holder["links"][0])
    except ValueError as e:
        yield "ValueError " + str(e)
    yield [x.gi_yieldfrom is not None for x in holder["links"]]


links = []
g = watcher()
for k in range(4):
    g = link(g, k)
    links.append(g)
links.reverse()
holder["links"] = links
for v in g:
    print("watch", v)
print("after", [x.gi_running for x in links], [x.gi_yieldfrom for x in links])


# The frames of the generators in between are on the stack for Python code to see.
def frame_names():
    f = sys._getframe(1)
    names = []
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names


def inspecting():
    yield frame_names()
    yield frame_names()
    yield [fs.name for fs in traceback.extract_stack()][:-1]
    yield sys._getframe(3).f_code.co_name
    yield sys._getframe(1).f_lineno


def middle():
    yield from inspecting()


def outer():
    yield from middle()


def drive():
    for v in outer():
        print("frames", v)


drive()


# Deep chains and the recursion limit: a chain deeper than the limit raises
# RecursionError when stepped, as in CPython.
def deep(n):
    g = leaf(3)
    for _ in range(n):
        g = link(g, 0)
    return g


print("deep 200", list(deep(200)))
try:
    list(deep(5000))
except RecursionError:
    print("RecursionError for 5000")


# A chain ending in a list iterator, a non-generator iterator and a generator expression.
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration(99)
        self.n -= 1
        return self.n


print(list(chain(3, iter([1, 2, 3]))))
print(list(chain(3, Countdown(3))))
print(list(chain(3, (x * x for x in range(4)))))


# Exceptions handled around a `yield from`: sys.exception() in the innermost.
def show_exc():
    yield repr(sys.exception())
    yield repr(sys.exception())


def handling():
    try:
        raise ValueError("outer")
    except ValueError:
        yield from show_exc()


g = link(handling(), 0)
print(list(g))
try:
    raise KeyError("caller")
except KeyError:
    print(list(link(link(show_exc(), 0), 1)))

# throw() and close() into a chain.
def closing(name):
    try:
        yield name + " 1"
        yield name + " 2"
    except GeneratorExit:
        print("closing", name)
        raise


g = chain(3, closing("inner"))
print(next(g), next(g))
g.close()
g = chain(3, leaf(5))
print(next(g), next(g))
try:
    g.throw(IndexError("thrown"))
except IndexError as e:
    print("IndexError", e)


# Await chains of coroutines driven by hand.
class Suspend:
    def __await__(self):
        v = yield "suspended"
        return v


async def bottom():
    a = await Suspend()
    b = await Suspend()
    return (a, b)


async def up(c, tag):
    r = await c
    return (tag, r)


c = up(up(up(bottom(), 1), 2), 3)
print(c.send(None))
print(c.send("A"))
try:
    c.send("B")
except StopIteration as e:
    print("coroutine returned", e.value)


# A tree walk: recursive generators with yield from.
class Node:
    def __init__(self, key, left=None, right=None):
        self.key, self.left, self.right = key, left, right

    def walk(self):
        if self.left:
            yield from self.left.walk()
        yield self.key
        if self.right:
            yield from self.right.walk()


def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Node(mid, build(lo, mid), build(mid + 1, hi))


t = build(0, 1000)
keys = list(t.walk())
print(len(keys), keys == list(range(1000)), sum(t.walk()))
