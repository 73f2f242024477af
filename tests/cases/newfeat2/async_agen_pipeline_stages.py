# Chained async generators (source -> filter -> batch) with explicit cleanup of every stage.
class Tick:
    def __await__(self):
        yield
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
events = []
async def source(n):
    try:
        for i in range(n):
            await Tick()
            yield i
    finally:
        events.append("source closed")
async def only(pred, it):
    try:
        async for x in it:
            if pred(x):
                yield x
    finally:
        events.append("filter closed")
        await it.aclose()
async def batch(size, it):
    chunk = []
    try:
        async for x in it:
            chunk.append(x)
            if len(chunk) == size:
                yield chunk
                chunk = []
        if chunk:
            yield chunk
    finally:
        events.append("batch closed")
        await it.aclose()
async def take(k, it):
    out = []
    async for x in it:
        out.append(x)
        if len(out) == k:
            break
    await it.aclose()
    return out
print(run(take(10, batch(3, only(lambda v: v % 2 == 0, source(20))))))
print(events)
events.clear()
print(run(take(2, batch(3, only(lambda v: v % 3 == 0, source(100))))))
print(events)
events.clear()
pipeline = batch(2, only(lambda v: True, source(3)))
first = run(anext(pipeline))
print(first, pipeline.ag_frame is not None)
print(run(pipeline.aclose()), events, pipeline.ag_frame)
events.clear()
async def failing_source():
    yield 1
    raise OSError("disk gone")
async def guarded():
    got = []
    try:
        async for c in batch(5, only(bool, failing_source())):
            got.append(c)
    except OSError as e:
        return f"failed after {got}: {e}"
print(run(guarded()), events)
