# Async comprehensions: async for inside list/set/dict comprehensions and await inside them.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def agen(n):
    for i in range(n):
        yield i
async def double(x):
    return x * 2
async def main():
    a = [x async for x in agen(4)]
    b = {x % 2 async for x in agen(5)}
    c = {x: x * x async for x in agen(3)}
    d = [await double(x) for x in range(3)]
    e = [await double(x) async for x in agen(3) if x != 1]
    f = [(x, y) async for x in agen(2) for y in range(2)]
    g = [y for x in range(2) async for y in agen(x + 1)]
    return a, b, c, d, e, f, g
for item in run(main()):
    print(item)
async def genexp():
    ge = (x * 10 async for x in agen(3))
    print(type(ge).__name__)
    return [v async for v in ge]
print(run(genexp()))
async def await_in_genexp():
    ge = (await double(x) for x in range(3))
    print(type(ge).__name__)
    return [v async for v in ge]
print(run(await_in_genexp()))
async def nested():
    return [[y async for y in agen(x)] for x in range(3)]
print(run(nested()))
for src in ["def f():\n    return [x async for x in y]\n", "def f():\n    return [await x for x in y]\n",
            "async def f():\n    return (x async for x in y)\n", "[x async for x in y]\n"]:
    try:
        exec(src, {})
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
