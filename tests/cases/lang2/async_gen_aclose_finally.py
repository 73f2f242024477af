# Async generator lifecycle: aclose() runs finally, athrow() into a paused generator, asend values.
log = []
class Io:
    def __await__(self):
        yield
def run(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as s:
        return s.value
async def rows(n):
    log.append("open cursor")
    try:
        for i in range(n):
            await Io()
            received = yield i
            if received is not None:
                log.append(f"received {received}")
    except GeneratorExit:
        log.append("GeneratorExit inside")
        raise
    finally:
        await Io()
        log.append("close cursor")
async def consume_some():
    out = []
    async for r in (g := rows(10)):
        out.append(r)
        if r == 2:
            break
    await g.aclose()
    return out
print(run(consume_some()), log)
log.clear()
async def send_some():
    g = rows(5)
    a = await g.asend(None)
    b = await g.asend("hello")
    c = await g.__anext__()
    try:
        await g.athrow(ValueError("bad row"))
    except ValueError as e:
        log.append(f"athrow propagated {e}")
    try:
        await g.__anext__()
    except StopAsyncIteration:
        log.append("exhausted")
    return a, b, c
print(run(send_some()), log)
log.clear()
async def catches():
    try:
        yield 1
    except KeyError:
        yield "recovered"
    yield "after"
async def use_catch():
    g = catches()
    first = await anext(g)
    second = await g.athrow(KeyError("k"))
    rest = [x async for x in g]
    return first, second, rest
print(run(use_catch()))
async def bad_yield_in_finally():
    try:
        yield 1
    finally:
        yield 2
async def close_bad():
    g = bad_yield_in_finally()
    await anext(g)
    try:
        await g.aclose()
    except RuntimeError as e:
        return f"{type(e).__name__}: {e}"
print(run(close_bad()))
print(type(rows(1)).__name__, rows.__name__, rows(1).ag_running)
