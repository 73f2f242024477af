# Misusing coroutines: reuse, send to fresh coroutine, awaiting non-awaitables, bad __await__ results.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def value(v):
    return v
async def await_twice():
    c = value(1)
    first = await c
    try:
        await c
    except RuntimeError as e:
        return first, f"{type(e).__name__}: {e}"
print(run(await_twice()))
c = value(2)
try:
    c.send("x")
except TypeError as e:
    print(type(e).__name__, e)
print(run(c))
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
class NotAwaitable:
    pass
class AwaitReturnsInt:
    def __await__(self):
        return 5
made = []
class AwaitReturnsCoro:
    def __await__(self):
        made.append(value(3))
        return made[-1]
async def do_await(obj):
    return await obj
for obj in (NotAwaitable(), 7, None, [1], AwaitReturnsInt(), AwaitReturnsCoro()):
    co = do_await(obj)
    try:
        print("ok", run(co))
    except TypeError as e:
        print(type(e).__name__, e)
for m in made:
    m.close()
def plain_gen():
    yield 1
try:
    run(do_await(plain_gen()))
except TypeError as e:
    print(type(e).__name__, e)
c = value(1)
try:
    iter(c)
except TypeError as e:
    print(type(e).__name__, e)
c.close()
c = value(9)
try:
    next(c)
except TypeError as e:
    print(type(e).__name__, e)
c.close()
async def self_await():
    return await me
me = self_await()
try:
    run(me)
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
c = value(1)
c.close()
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print("closed:", e)
