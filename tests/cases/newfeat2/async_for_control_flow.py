# async for with break/continue/else, return from inside, and exceptions raised by __anext__.
class Tick:
    def __await__(self):
        yield
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Source:
    def __init__(self, items, fail_at=None):
        self.items, self.fail_at, self.i = list(items), fail_at, 0
        self.closed = False
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Tick()
        if self.i == self.fail_at:
            raise IOError(f"read failed at {self.i}")
        if self.i >= len(self.items):
            raise StopAsyncIteration
        self.i += 1
        return self.items[self.i - 1]
async def search(src, target):
    async for x in src:
        if x == target:
            print("  found", x)
            break
        if x % 2:
            continue
        print("  even", x)
    else:
        print("  not found")
        return None
    return src.i
print(run(search(Source([2, 3, 4, 7, 8]), 7)))
print(run(search(Source([1, 2]), 9)))
async def total(src):
    s = 0
    try:
        async for x in src:
            s += x
    except OSError as e:
        return f"partial {s}: {type(e).__name__}: {e}"
    return s
print(run(total(Source(range(5)))))
print(run(total(Source(range(5), fail_at=3))))
async def nested():
    pairs = []
    async for a in Source("ab"):
        async for b in Source("xyz"):
            if b == "y":
                continue
            if b == "z" and a == "b":
                break
            pairs.append(a + b)
        else:
            pairs.append(a + "!")
    return pairs
print(run(nested()))
async def unpacking():
    out = []
    async for i, (k, v) in Source(enumerate([("a", 1), ("b", 2)])):
        out.append(f"{i}:{k}={v}")
    return out
print(run(unpacking()))
async def target_attrs():
    class NS: pass
    ns = NS()
    d = {}
    async for ns.last in Source([5, 6]):
        pass
    async for d["k"] in Source("pq"):
        pass
    return ns.last, d
print(run(target_attrs()))
