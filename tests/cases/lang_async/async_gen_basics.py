# Async generators driven by hand: __anext__ awaitables, asend, StopAsyncIteration.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Tick:
    def __await__(self):
        yield "tick"
async def agen(n):
    for i in range(n):
        await Tick()
        received = yield i
        if received is not None:
            print("  agen received", received)
ag = agen(3)
print(type(ag).__name__, ag.__name__, ag.ag_code.co_name, ag.ag_running)
async def consume():
    out = []
    async for v in agen(3):
        out.append(v)
    return out
print(run(consume()))
async def manual():
    g = agen(3)
    a = await g.__anext__()
    b = await g.asend("hello")
    c = await anext(g)
    try:
        await anext(g)
    except StopAsyncIteration as e:
        return a, b, c, repr(e)
print(run(manual()))
async def with_default():
    g = agen(1)
    first = await anext(g, "default")
    second = await anext(g, "default")
    return first, second
print(run(with_default()))
aw = agen(2).__anext__()
print(type(aw).__name__)
print(aw.send(None))
try:
    aw.send(None)
except StopIteration as e:
    print("first item arrives as StopIteration value:", e.value)
async def empty():
    return
    yield
async def consume_empty():
    return [x async for x in empty()]
print(run(consume_empty()))
g = agen(1)
nxt = g.asend("too early")
try:
    nxt.send(None)
except TypeError as e:
    print(type(e).__name__, e)
run(g.aclose())
print(aiter(g) is g)
