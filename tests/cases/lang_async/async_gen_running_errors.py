# Async generator re-entrancy errors and awaitable reuse errors.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Tick:
    def __await__(self):
        yield "tick"
async def slow():
    await Tick()
    yield 1
    await Tick()
    yield 2
async def main():
    g = slow()
    first = g.__anext__()
    first.send(None)
    second = g.__anext__()
    try:
        second.send(None)
    except RuntimeError as e:
        print(type(e).__name__, e)
    try:
        first.send(None)
    except StopIteration as e:
        print("first finished with", e.value)
    try:
        first.send(None)
    except RuntimeError as e:
        print(type(e).__name__, e)
    print(await anext(g))
    await g.aclose()
    return "done"
print(run(main()))
async def self_ref():
    yield await anext(me)
me = self_ref()
try:
    run(anext(me))
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
async def gen2():
    yield 1
async def aclose_twice():
    g = gen2()
    await anext(g)
    aw = g.aclose()
    await aw
    try:
        await aw
    except RuntimeError as e:
        print(type(e).__name__, e)
run(aclose_twice())
async def athrow_reuse():
    g = gen2()
    await anext(g)
    aw = g.athrow(ValueError("x"))
    try:
        await aw
    except ValueError as e:
        print("athrow raised", repr(e))
    try:
        await aw
    except RuntimeError as e:
        print(type(e).__name__, e)
run(athrow_reuse())
