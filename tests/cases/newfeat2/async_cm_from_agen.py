# A hand-written asynccontextmanager: wrapping an async generator into an async context manager.
class Tick:
    def __await__(self):
        yield
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class AsyncGenCM:
    def __init__(self, agen):
        self.gen = agen
    async def __aenter__(self):
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None
    async def __aexit__(self, typ, val, tb):
        if typ is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            await self.gen.athrow(val)
        except StopAsyncIteration as exc:
            return exc is not val
        except BaseException as exc:
            if exc is val:
                return False
            raise
        raise RuntimeError("generator didn't stop after athrow()")
def acm(fn):
    def helper(*a, **k):
        return AsyncGenCM(fn(*a, **k))
    return helper
log = []
@acm
async def connection(name, swallow=()):
    await Tick()
    log.append(f"connect {name}")
    try:
        yield f"<conn {name}>"
    except swallow as e:
        log.append(f"{name} swallowed {type(e).__name__}")
    finally:
        await Tick()
        log.append(f"disconnect {name}")
async def main():
    async with connection("db") as c:
        log.append(f"using {c}")
    async with connection("cache", swallow=(KeyError,)) as c:
        raise KeyError("miss")
    try:
        async with connection("queue") as c:
            raise ValueError("bad message")
    except ValueError as e:
        log.append(f"caller saw {e}")
    async with connection("a") as a, connection("b") as b:
        log.append(f"both {a} {b}")
    return "done"
print(run(main()))
print("\n".join(log))
@acm
async def never_yields():
    return
    yield
@acm
async def yields_twice():
    yield 1
    yield 2
async def misuse(cm):
    async with cm:
        pass
for cm in (never_yields(), yields_twice()):
    try:
        run(misuse(cm))
    except RuntimeError as e:
        print(type(e).__name__, e)
