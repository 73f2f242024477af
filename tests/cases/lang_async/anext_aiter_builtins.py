# aiter() and anext() builtins on async generators and custom async iterators.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Numbers:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n
async def main():
    it = aiter(Numbers(2))
    print(type(it).__name__, it is aiter(it))
    print(await anext(it), await anext(it), await anext(it, "default"))
    try:
        await anext(it)
    except StopAsyncIteration as e:
        print("exhausted", repr(e))
    async def agen():
        yield "g1"
    g = agen()
    print(await anext(g, None), await anext(g, None))
    aw = anext(agen(), "x")
    print(type(aw).__name__ in ("anext_awaitable", "async_generator_asend"))
    await aw
    return "ok"
print(run(main()))
try:
    anext(Numbers(1), 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    anext([])
except TypeError as e:
    print(type(e).__name__, e)
class AiterBad:
    def __aiter__(self):
        return 1
try:
    aiter(AiterBad())
except TypeError as e:
    print(type(e).__name__, e)
