# aiter/anext driven by hand with send(None), no event loop.
class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i * 10

async def agen():
    yield "a"
    yield "b"

async def main():
    out = []
    it = aiter(Counter(3))
    out.append(await anext(it))
    out.append(await anext(it))
    out.append(await anext(it))
    out.append(await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration:
        out.append("stop")
    g = agen()
    out.append(await anext(g))
    out.append(await anext(g))
    out.append(await anext(g, "end"))
    async for x in Counter(2):
        out.append(x)
    out.append([y async for y in agen()])
    return out

coro = main()
try:
    coro.send(None)
except StopIteration as e:
    print(e.value)
for bad in [[1], 5]:
    try:
        aiter(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    anext([1])
except TypeError as e:
    print(type(e).__name__, e)
print(type(aiter(Counter(1))).__name__, type(agen()).__name__)
