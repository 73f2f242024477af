# Generators collected whole by list(), tuple(), sorted(), str.join() and friends: the
# items, the order of side effects, exceptions part-way, yield from inside, partly
# consumed generators, the generator's state afterwards, and sys.exception() inside.
import sys

log = []


def noisy(n):
    for i in range(n):
        log.append("yield %d" % i)
        yield i
    log.append("end")
    return "ret"


print(list(noisy(3)), log)
log.clear()
print(tuple(noisy(2)), sorted(noisy(4), reverse=True), log)
print("-".join(str(x) for x in noisy(5)))
print(",".join(w.upper() for w in "a bc def".split()))


def delegating():
    r = yield from noisy(2)
    yield r
    yield from (c for c in "xy")
    yield from [10, 20]


print(list(delegating()))


# Part-way errors: the exception propagates, and the generator is finished.
def fails_at(k):
    for i in range(5):
        if i == k:
            raise ValueError("item %d" % i)
        yield i


g = fails_at(3)
try:
    list(g)
except ValueError as e:
    print("ValueError", e)
print(list(g), g.gi_frame)

try:
    "".join(str(x) for x in fails_at(1))
except ValueError as e:
    print("join", e)


def stop_inside():
    yield 1
    raise StopIteration("x")


try:
    list(stop_inside())
except RuntimeError as e:
    print("RuntimeError", e, repr(e.__cause__))


# A generator partly consumed, then collected.
g = noisy(6)
print(next(g), next(g), list(g), list(g))


# The generator's state while it is being collected.
def watch():
    yield me.gi_running
    yield sys._getframe().f_code.co_name


me = watch()
print(list(me), me.gi_running)


def reentrant():
    yield 1
    yield list(me2)


me2 = reentrant()
try:
    list(me2)
except ValueError as e:
    print("ValueError", e)


# sys.exception() inside, with and without a handled exception outside.
def sees():
    yield repr(sys.exception())
    try:
        raise KeyError("inside")
    except KeyError:
        yield repr(sys.exception())
    yield repr(sys.exception())


print(list(sees()))
try:
    raise TypeError("outside")
except TypeError:
    print(list(sees()), repr(sys.exception()))


# A generator that yields inside try/finally and with statements.
class Ctx:
    def __enter__(self):
        log.append("enter")
        return self

    def __exit__(self, *a):
        log.append("exit %s" % (a[0].__name__ if a[0] else None))


def guarded(n):
    try:
        with Ctx():
            for i in range(n):
                yield i * i
    finally:
        log.append("finally")


log.clear()
print(list(guarded(4)), log)


# Values sent by the collection are None: a yield expression sees None.
def echo():
    got = []
    for _ in range(3):
        got.append((yield len(got)))
    yield got


print(list(echo()))

# Collected by other consumers: bytes(), dict(), set(), frozenset(), enumerate, zip.
print(bytes(x for x in range(65, 70)), dict((k, k * 2) for k in range(3)))
print(sorted(set(x % 3 for x in range(10))), sorted(frozenset(c for c in "hello")))
print(list(enumerate(c for c in "ab")), list(zip((x for x in range(3)), "abc")))
print(list(reversed(list(x for x in range(4)))), [*(x for x in range(3))])
a, *b = (x for x in range(4))
print(a, b)
