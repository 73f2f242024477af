# Async iterator classes for paginated fetching; async for with break/else and manual __anext__.
class FakeIO:
    def __await__(self):
        yield "io"
PAGES = {0: ["a", "b", "c"], 1: ["d", "e"], 2: ["f"], 3: []}
class Paginator:
    def __init__(self, start=0, limit=None):
        self.page, self.buf, self.limit, self.fetched = start, [], limit, []
    def __aiter__(self):
        return self
    async def __anext__(self):
        if not self.buf:
            if self.limit is not None and len(self.fetched) >= self.limit:
                raise StopAsyncIteration
            await FakeIO()
            self.buf = list(PAGES.get(self.page, []))
            self.fetched.append(self.page)
            self.page += 1
            if not self.buf:
                raise StopAsyncIteration
        return self.buf.pop(0)
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as s:
        return s.value
async def collect_all():
    p = Paginator()
    items = [x async for x in p]
    return items, p.fetched
async def find(target):
    async for item in Paginator():
        if item == target:
            result = f"found {item}"
            break
    else:
        result = f"{target} not found"
    return result
async def manual():
    it = aiter(Paginator(1, limit=1))
    out = [await anext(it), await anext(it), await anext(it, "default")]
    try:
        await anext(it)
    except StopAsyncIteration:
        out.append("stop")
    return out
print(run(collect_all()))
print(run(find("e")), run(find("zz")))
print(run(manual()))
async def bad_iter():
    async for x in [1, 2]:
        pass
try:
    run(bad_iter())
except TypeError as e:
    print(type(e).__name__, e)
class NoAnext:
    def __aiter__(self):
        return self
async def bad_anext():
    async for x in NoAnext():
        pass
try:
    run(bad_anext())
except TypeError as e:
    print(type(e).__name__, e)
async def enumerate_async(ait, start=0):
    i = start
    async for x in ait:
        yield i, x
        i += 1
async def use_enum():
    return [pair async for pair in enumerate_async(Paginator(), 1) if pair[0] % 2]
print(run(use_enum()))
