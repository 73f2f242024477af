# Generators stepped by `for`, `yield from` and `await` in the caller's loop: values,
# return values, exceptions leaving and entering, StopIteration conversion, handled
# exceptions, state and frame inspection while running, deep delegation chains.
import sys


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "count-done"


def chain(depth, n):
    if depth == 0:
        r = yield from count(n)
        return r + "/0"
    r = yield from chain(depth - 1, n)
    return r + "/%d" % depth


def outer():
    r = yield from chain(5, 3)
    yield r


print(list(outer()))
print([x for x in chain(3, 4)])
total = 0
for v in chain(30, 50):
    total += v
print("total", total)


# A return value, a sent value through a delegation, and send() mid-chain.
def echo():
    got = []
    while True:
        x = yield len(got)
        if x is None:
            return got
        got.append(x)


def relay():
    res = yield from echo()
    yield ("relay got", res)


g = relay()
print(next(g), g.send("a"), g.send("b"), next(g))

# Exceptions leaving a generator stepped by `for`.
def raises_after(n):
    yield from range(n)
    raise KeyError("boom")


try:
    for v in raises_after(3):
        print("v", v)
except KeyError as e:
    print("caught", repr(e))


def leaks_stop():
    yield 1
    raise StopIteration("leak")


try:
    for v in leaks_stop():
        print("got", v)
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__), e.__suppress_context__)


def sub_leaks():
    r = yield from leaks_stop()
    return r


try:
    for v in sub_leaks():
        pass
except RuntimeError as e:
    print("delegated:", e, repr(e.__cause__))


# The generator is finished after an exception, and again a for over it ends at once.
g = raises_after(1)
try:
    for v in g:
        pass
except KeyError:
    pass
print(list(g), g.gi_frame)


# Exceptions caught inside, and sys.exception() as the generator and the caller see it.
def sees_handled():
    yield sys.exception()
    try:
        raise ValueError("inner")
    except ValueError:
        yield sys.exception()
        yield sys.exception()
    yield sys.exception()


try:
    raise TypeError("outer")
except TypeError:
    out = []
    for e in sees_handled():
        out.append(repr(e))
        out.append(repr(sys.exception()))
    print(out)

g = sees_handled()
print(repr(next(g)), repr(next(g)))
try:
    raise IndexError("between")
except IndexError:
    print(repr(next(g)), repr(sys.exception()))
print(repr(next(g)), repr(sys.exception()))


# State and frame while running in the caller's loop.
def introspect():
    me = yield
    yield me.gi_running, me.gi_frame is not None, sys._getframe().f_code.co_name
    yield sys._getframe().f_back.f_code.co_name


def drive():
    g = introspect()
    next(g)
    first = g.send(g)
    for v in g:
        return first, v


print(drive())


def reenter():
    yield next(me)


me = reenter()
try:
    for v in me:
        pass
except ValueError as e:
    print("ValueError:", e)


# throw() and close() into a generator suspended in a delegation made in the loop.
def inner_gen():
    try:
        yield 1
        yield 2
    except KeyError as e:
        yield "inner caught %r" % e
    finally:
        print("inner finally")


def delegator():
    try:
        r = yield from inner_gen()
    finally:
        print("delegator finally")


for start in range(2):
    g = delegator()
    print(next(g))
    if start:
        print(g.throw(KeyError("k")))
        print(g.gi_yieldfrom is not None)
    g.close()
    print(g.gi_frame)


# Tracebacks through for and yield from.
def bottom():
    yield 1
    1 / 0


def middle():
    yield from bottom()


import traceback
try:
    for v in middle():
        pass
except ZeroDivisionError:
    tb = traceback.extract_tb(sys.exc_info()[2])
    print([(f.name, f.line) for f in tb])


# Coroutines awaited by coroutines, driven by hand.
class Ready:
    def __await__(self):
        v = yield "suspend"
        return v * 2


async def leaf(x):
    y = await Ready()
    return x + y


async def mid(x):
    a = await leaf(x)
    b = await leaf(a)
    return a, b


async def top():
    return [await mid(i) for i in range(3)]


c = top()
steps = 0
value = None
try:
    while True:
        msg = c.send(value)
        steps += 1
        value = steps
except StopIteration as e:
    print("coroutine result", e.value, "steps", steps)


async def failing():
    await Ready()
    raise StopIteration


async def awaits_failing():
    await failing()


c = awaits_failing()
c.send(None)
try:
    c.send(1)
except RuntimeError as e:
    print("RuntimeError:", e)


# Deep recursion through yield from ends in RecursionError.
def deep(n):
    if n == 0:
        yield "bottom"
    else:
        yield from deep(n - 1)


try:
    print(list(deep(100000)))
except RecursionError:
    print("RecursionError")
print(list(deep(200)))


# A generator closed while a for loop holds it, and a generator consumed by two loops.
def numbers():
    yield from range(5)


g = numbers()
for a in g:
    for b in g:
        if b == 3:
            break
    print("a", a, "b", b)
print(list(g))


# next(g) and next(g, default) run the step in the caller's loop too.
def three():
    yield 1
    yield 2
    return "three-done"


g = three()
print(next(g), next(g, "d"), next(g, "default"), next(g, "again"))
g = three()
next(g)
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value", repr(e.value), e.__traceback__.tb_frame.f_code.co_name)
try:
    next(g)
except StopIteration as e:
    print("exhausted", repr(e.value))
nx = next
g = three()
print(nx(g), nx(g), nx(g, None))


def raising():
    yield 1
    raise KeyError("k")


g = raising()
print(next(g))
try:
    next(g, "ignored default")
except KeyError as e:
    print("KeyError", e, list(g))


def leaks():
    raise StopIteration("early")
    yield


try:
    next(leaks())
except RuntimeError as e:
    print("RuntimeError", e)
try:
    next(leaks(), "default")
except RuntimeError as e:
    print("RuntimeError with default", e)


def nested_next():
    inner = three()
    while True:
        v = next(inner, None)
        if v is None:
            return "nested-done"
        yield v * 10


print(list(nested_next()), [x for x in nested_next()])


def self_next():
    yield next(me3)


me3 = self_next()
try:
    next(me3)
except ValueError as e:
    print("ValueError:", e)


class Box:
    def __next__(self):
        return "box"


print(next(Box()), next(iter([7])), next(iter([]), "empty"))


# g.send(v) and g.__next__() run the step in the caller's loop too.
def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v


a = acc()
print(a.send(None), a.send(5), a.send(7), a.__next__.__name__)
try:
    a.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    a.send(1)
except StopIteration as e:
    print("again", repr(e.value))
b = acc()
try:
    b.send(3)
except TypeError as e:
    print("TypeError", e)
print(b.__next__(), b.send(2), b.send(2))
b.close()
print(b.gi_frame)


def whose_caller():
    while True:
        yield sys._getframe().f_back.f_code.co_name


def driver_send(g):
    return g.send(None)


def driver_next(g):
    return g.__next__()


w = whose_caller()
print(driver_send(w), driver_next(w), next(w), driver_send(w))


async def leaf_co(x):
    return x * 2


class Sleep:
    def __await__(self):
        got = yield "sleep"
        return got


async def task(n):
    total = 0
    for i in range(n):
        total += await leaf_co(i) + await Sleep()
    return total


t = task(3)
print(t.send(None), t.send(10), t.send(20))
try:
    t.send(30)
except StopIteration as e:
    print("task result", e.value)
try:
    t.send(None)
except RuntimeError as e:
    print("RuntimeError", e)


async def boom():
    await Sleep()
    raise ValueError("in coroutine")


c = boom()
c.send(None)
try:
    c.send(None)
except ValueError as e:
    print("ValueError", e)
