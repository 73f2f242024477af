# Async generators with try/finally: aclose() at different points, double aclose, ignored GeneratorExit.
class Tick:
    def __await__(self):
        yield "tick"
def run(aw):
    it = aw.__await__() if hasattr(aw, "__await__") and not hasattr(aw, "send") else aw
    try:
        while True:
            it.send(None)
    except StopIteration as e:
        return e.value
log = []
async def resource(name, n):
    log.append(f"open {name}")
    try:
        for i in range(n):
            await Tick()
            yield f"{name}{i}"
    finally:
        await Tick()
        log.append(f"close {name}")
g = resource("A", 5)
print(run(g.aclose()), log)
g = resource("B", 5)
print(run(g.__anext__()), run(g.__anext__()))
print(run(g.aclose()), log)
print(run(g.aclose()), g.ag_frame)
try:
    run(g.__anext__())
except StopAsyncIteration as e:
    print("exhausted:", type(e).__name__, repr(e))
async def consume(agen, limit):
    out = []
    async for item in agen:
        out.append(item)
        if len(out) == limit:
            break
    await agen.aclose()
    return out
print(run(consume(resource("C", 10), 3)), log[-1])
async def bad():
    try:
        yield 1
    finally:
        yield 2
g = bad()
print(run(g.__anext__()))
try:
    run(g.aclose())
except RuntimeError as e:
    print(type(e).__name__, e)
async def swallow():
    while True:
        try:
            yield "x"
        except GeneratorExit:
            print("caught GeneratorExit, returning")
            return
g = swallow()
print(run(g.__anext__()), run(g.aclose()))
async def catches_and_raises():
    try:
        yield 1
    finally:
        raise ValueError("from finally")
g = catches_and_raises()
run(g.__anext__())
try:
    run(g.aclose())
except ValueError as e:
    print("aclose raised:", e, type(e.__context__).__name__)
