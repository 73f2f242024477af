# Deep await chains passing values and exceptions; coroutine objects, awaitables from generators.
import types
class Value:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        got = yield f"want {self.v}"
        return got * 2
async def level3(x):
    y = await Value(x)
    if y > 50:
        raise ArithmeticError(f"too big: {y}")
    return y + 1
async def level2(x):
    r = await level3(x)
    return [r, await level3(r)]
async def level1(xs):
    out = []
    for x in xs:
        try:
            out.append(await level2(x))
        except ArithmeticError as e:
            out.append(f"err({e})")
    return out
def drive(coro, feed):
    requests = []
    value = None
    try:
        while True:
            req = coro.send(value)
            requests.append(req)
            value = feed(req)
    except StopIteration as s:
        return s.value, requests
res, reqs = drive(level1([1, 5, 20]), lambda r: int(r.split()[1]))
print(res)
print(reqs)
@types.coroutine
def legacy(n):
    got = yield ("legacy", n)
    return got
async def uses_legacy():
    a = await legacy(1)
    b = await legacy(a + 1)
    return a, b
print(drive(uses_legacy(), lambda r: r[1] * 10))
c = level3(1)
print(type(c).__name__, c.cr_running, c.__name__, c.__qualname__)
c.close()
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
async def not_awaitable():
    return await 5
try:
    not_awaitable().send(None)
except TypeError as e:
    print(type(e).__name__, e)
def plain_gen():
    yield 1
async def await_plain_gen():
    await plain_gen()
try:
    await_plain_gen().send(None)
except TypeError as e:
    print(type(e).__name__, e)
class BadAwait:
    def __await__(self):
        return 42
async def await_bad():
    await BadAwait()
try:
    await_bad().send(None)
except TypeError as e:
    print(type(e).__name__, e)
