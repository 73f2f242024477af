# getgeneratorstate / getcoroutinestate / getasyncgenstate and the *locals() helpers.
import inspect


def gen(n):
    total = 0
    for i in range(n):
        total += i
        yield inspect.getgeneratorstate(g)
    return total


g = gen(2)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))
print(next(g), sorted(inspect.getgeneratorlocals(g).items()))
print(inspect.getgeneratorstate(g))
print(next(g), inspect.getgeneratorstate(g))
try:
    next(g)
except StopIteration as e:
    print('stop', e.value)
print(inspect.getgeneratorstate(g), inspect.getgeneratorlocals(g))

g2 = gen(3)
next(g2)
g2.close()
print('closed', inspect.getgeneratorstate(g2))
g3 = gen(3)
g3.close()
print('closed before start', inspect.getgeneratorstate(g3))

try:
    inspect.getgeneratorlocals(5)
except TypeError as e:
    print('TypeError', e)


def sub():
    yield 1
    yield 2


def delegating():
    yield from sub()


d = delegating()
next(d)
print('delegating', inspect.getgeneratorstate(d))


def raising():
    yield 1
    raise KeyError('k')


r = raising()
next(r)
try:
    next(r)
except KeyError:
    pass
print('after exception', inspect.getgeneratorstate(r))

print('--- coroutines')


class Suspend:
    def __await__(self):
        yield 'suspended'


async def coro(x):
    y = x * 2
    state = inspect.getcoroutinestate(c)
    await Suspend()
    return y, state


c = coro(21)
print(inspect.getcoroutinestate(c), inspect.getcoroutinelocals(c))
print(c.send(None))
print(inspect.getcoroutinestate(c), sorted(inspect.getcoroutinelocals(c)))
try:
    c.send(None)
except StopIteration as e:
    print('stop', e.value)
print(inspect.getcoroutinestate(c), inspect.getcoroutinelocals(c))

c2 = coro(1)
c2.close()
print(inspect.getcoroutinestate(c2))

print('--- async generators')


async def agen():
    v = 1
    yield v
    yield v + 1


ag = agen()
print(inspect.getasyncgenstate(ag), inspect.getasyncgenlocals(ag))
step = ag.__anext__()
try:
    step.send(None)
except StopIteration as e:
    print('yielded', e.value)
print(inspect.getasyncgenstate(ag), inspect.getasyncgenlocals(ag))
closer = ag.aclose()
try:
    closer.send(None)
except StopIteration:
    pass
print(inspect.getasyncgenstate(ag), inspect.getasyncgenlocals(ag))
try:
    inspect.getasyncgenlocals(g)
except TypeError as e:
    print('TypeError', str(e).split(' at ')[0])
