# Async comprehensions: list/set/dict/genexp with async for, await in element and condition, nesting.
class Tick:
    def __await__(self):
        yield
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def arange(n):
    for i in range(n):
        await Tick()
        yield i
async def double(x):
    await Tick()
    return x * 2
async def is_even(x):
    return x % 2 == 0
async def main():
    a = [x async for x in arange(5)]
    b = [await double(x) async for x in arange(4) if await is_even(x)]
    c = {x % 3 async for x in arange(10)}
    d = {x: await double(x) async for x in arange(3)}
    e = [await double(x) for x in range(3)]
    f = [(i, j) async for i in arange(3) for j in range(i)]
    g = [[y async for y in arange(i)] async for i in arange(4)]
    gen = (x * x async for x in arange(4))
    h = [v async for v in gen]
    print(type(gen).__name__)
    k = [x async for x in arange(6) if x > 1 if x < 5]
    return a, b, sorted(c), d, e, f, g, h, k
for item in run(main()):
    print(item)
async def with_errors():
    try:
        return [x async for x in [1, 2, 3]]
    except TypeError as e:
        return f"{type(e).__name__}: {e}"
print(run(with_errors()))
async def failing_elem():
    try:
        return [10 // x async for x in arange(3)]
    except ZeroDivisionError as e:
        return f"ZeroDivisionError: {e}"
print(run(failing_elem()))
async def scope_check():
    x = "outer"
    r = [x async for x in arange(2)]
    return x, r
print(run(scope_check()))
async def gen_with_await_elem():
    g = (await double(i) for i in range(3))
    return type(g).__name__, [v async for v in g]
print(run(gen_with_await_elem()))
