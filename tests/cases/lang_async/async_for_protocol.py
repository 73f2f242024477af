# async for with __aiter__/__anext__ classes, else clauses, break and continue.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Tick:
    def __await__(self):
        yield "tick"
class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        print("  __aiter__")
        return self
    async def __anext__(self):
        await Tick()
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n
async def main():
    out = []
    async for v in Countdown(3):
        out.append(v)
    else:
        out.append("else")
    async for v in Countdown(5):
        if v == 3:
            continue
        if v == 1:
            break
        out.append(v)
    else:
        out.append("no else after break")
    return out
print(run(main()))
class AnextReturnsAwaitable:
    def __init__(self):
        self.i = 0
    def __aiter__(self):
        return self
    def __anext__(self):
        self.i += 1
        if self.i > 2:
            raise StopAsyncIteration
        return ValueHolder(self.i)
class ValueHolder:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        return self.v
        yield
async def sync_anext():
    return [v async for v in AnextReturnsAwaitable()]
print(run(sync_anext()))
class Raising:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise KeyError("from anext")
async def propagate():
    try:
        async for _ in Raising():
            pass
    except KeyError as e:
        return f"caught {e!r}"
print(run(propagate()))
async def target_forms():
    d = {}
    async for d["key"] in Countdown(2):
        pass
    async for a, *b in Pairs():
        print("  unpacked", a, b)
    return d
class Pairs:
    def __init__(self):
        self.items = [(1, 2, 3), (4, 5)]
    def __aiter__(self):
        return self
    async def __anext__(self):
        if not self.items:
            raise StopAsyncIteration
        return self.items.pop(0)
print(run(target_forms()))
