# aiter()/anext() with and without defaults, on classes, async generators and bad arguments.
def run(aw):
    it = aw.__await__()
    try:
        while True:
            it.send(None)
    except StopIteration as e:
        return e.value
class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n + 1
async def letters():
    yield "a"
    yield "b"
async def main():
    c = Countdown(2)
    print(aiter(c) is c)
    print(await anext(c), await anext(c), await anext(c, "empty"), await anext(c, None))
    try:
        await anext(c)
    except StopAsyncIteration as e:
        print("no default:", type(e).__name__)
    g = letters()
    it = aiter(g)
    print(it is g, await anext(it), await anext(it, "x"), await anext(it, "x"), await anext(it, 0))
    values = []
    async for v in Countdown(3):
        values.append(v)
    print(values)
    return "ok"
print(run(main()))
for bad in (1, [1, 2], "abc"):
    try:
        aiter(bad)
    except TypeError as e:
        print("aiter:", e)
for bad in (1, [1, 2], iter([1])):
    try:
        anext(bad)
    except TypeError as e:
        print("anext:", e)
class BadAiter:
    def __aiter__(self):
        return 5
try:
    aiter(BadAiter())
except TypeError as e:
    print("bad __aiter__:", e)
try:
    anext(Countdown(1), 1, 2)
except TypeError as e:
    print("arity:", e)
try:
    aiter()
except TypeError as e:
    print("arity:", e)
aw = anext(Countdown(1), "d")
print(type(aw).__name__ in ("anext_awaitable", "coroutine"), run(aw))
