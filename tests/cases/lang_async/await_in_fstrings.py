# await inside f-strings, conditionals, arguments, subscripts and other expression positions.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def val(x):
    return x
async def main():
    print(f"value is {await val(5)} and {await val('s')!r:>5}")
    print(f"{await val(3.14159):.2f}")
    print(await val(1) + await val(2), -await val(3), not await val(0))
    print([await val(i) for i in range(3)], (await val((1, 2)))[1])
    d = {await val("k"): await val("v")}
    print(d, d[await val("k")])
    print(await val(True) if await val(False) else await val("else branch"))
    print(max(await val(3), await val(9)), str(await val(42)).zfill(4))
    x = await val(10)
    x += await val(5)
    print(x, await val(2) ** await val(3))
    lst = [0, 0]
    lst[await val(1)] = await val("set")
    print(lst)
    return "done"
print(run(main()))
for src in ["async def f():\n    return await\n", "def f():\n    await x\n", "await x\n",
            "async def f():\n    x = lambda: await y\n", "async def f():\n    yield from x\n",
            "async def f():\n    yield 1\n    return 2\n", "async def f():\n    return await x ** 2\n"]:
    try:
        exec(src, {})
        print(repr(src.splitlines()[-1].strip()), "-> ok")
    except SyntaxError as e:
        print(repr(src.splitlines()[-1].strip()), "->", e.msg)
