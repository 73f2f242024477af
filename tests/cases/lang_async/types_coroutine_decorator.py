# types.coroutine turns a generator function into something awaitable; mixing generator and native coroutines.
import types
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
@types.coroutine
def legacy(n):
    got = yield ("legacy", n)
    return f"legacy got {got}"
async def modern():
    r = await legacy(1)
    return r
c = modern()
print(c.send(None))
try:
    c.send("answer")
except StopIteration as e:
    print(e.value)
def plain_gen():
    yield 1
async def await_plain():
    await plain_gen()
c = await_plain()
try:
    c.send(None)
except TypeError as e:
    print(type(e).__name__, e)
@types.coroutine
def delegate_to_native():
    return (yield from modern())
g = delegate_to_native()
print(g.send(None))
try:
    g.send("via gen")
except StopIteration as e:
    print(e.value)
m = modern()
def not_decorated():
    return (yield from m)
g = not_decorated()
try:
    g.send(None)
except TypeError as e:
    print(type(e).__name__, e)
m.close()
@types.coroutine
def sleep0():
    yield
async def ticks(n):
    for _ in range(n):
        await sleep0()
    return n
c = ticks(3)
count = 0
try:
    while True:
        c.send(None)
        count += 1
except StopIteration as e:
    print("suspended", count, "times, returned", e.value)
print(types.coroutine(plain_gen) is plain_gen)
