# An async-generator pipeline: source -> map -> filter -> batch -> sink, driven by a trivial runner.
class Tick:
    def __await__(self):
        yield
trace = []
async def source(items):
    for it in items:
        await Tick()
        trace.append(f"src {it}")
        yield it
async def amap(fn, agen):
    async for x in agen:
        yield fn(x)
async def afilter(pred, agen):
    async for x in agen:
        if pred(x):
            yield x
async def abatch(agen, n):
    batch = []
    async for x in agen:
        batch.append(x)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch
async def sink(agen):
    out = []
    async for b in agen:
        trace.append(f"sink {b}")
        out.append(sum(b))
    return out
def run(coro):
    steps = 0
    while True:
        try:
            coro.send(None)
            steps += 1
        except StopIteration as s:
            return s.value, steps
pipeline = abatch(afilter(lambda x: x % 3 != 0, amap(lambda x: x * x, source(range(1, 10)))), 2)
print(run(sink(pipeline)))
print(trace)
async def take(agen, n):
    out = []
    async for x in agen:
        out.append(x)
        if len(out) >= n:
            break
    return out
async def counter():
    i = 0
    while True:
        await Tick()
        yield i
        i += 1
print(run(take(amap(str, counter()), 4)))
async def failing_source():
    yield 1
    raise IOError("disk read error")
async def guarded():
    got = []
    try:
        async for x in amap(lambda v: v * 10, failing_source()):
            got.append(x)
    except OSError as e:
        got.append(f"{type(e).__name__}: {e}")
    return got
print(run(guarded()))
async def comp():
    return [x async for x in afilter(lambda v: v > 2, source([1, 5, 2, 7]))], {k: v async for k, v in amap(lambda x: (x, x.upper()), source("ab"))}
print(run(comp()))
