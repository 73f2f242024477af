# Cleanup of async generators: break out of async for does not close; aclose runs finally blocks in order.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
log = []
async def resource(name):
    log.append(f"open {name}")
    try:
        for i in range(10):
            yield i
    finally:
        log.append(f"close {name}")
async def main():
    g = resource("r1")
    async for v in g:
        if v == 2:
            break
    log.append(f"after break, frame alive: {g.ag_frame is not None}")
    await g.aclose()
    log.append(f"after aclose, frame: {g.ag_frame}")
    async for v in resource("r2"):
        pass
    return log
for line in run(main()):
    print(line)
async def nested_finally():
    try:
        try:
            yield "a"
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")
async def close_nested():
    g = nested_finally()
    print(await anext(g))
    await g.aclose()
run(close_nested())
async def await_in_finally():
    try:
        yield 1
    finally:
        await Tick()
        print("  awaited inside finally during aclose")
class Tick:
    def __await__(self):
        yield "tick in finally"
async def close_await():
    g = await_in_finally()
    await anext(g)
    await g.aclose()
c = close_await()
try:
    while True:
        print("loop received", c.send(None))
except StopIteration:
    print("close_await finished")
