# Compile-time rules for async syntax, checked through exec.
sources = {
    "async with outside": "def f():\n    async with x:\n        pass\n",
    "async for outside": "def f():\n    async for i in x:\n        pass\n",
    "async with at module": "async with x:\n    pass\n",
    "await in lambda in async": "async def f():\n    g = lambda: await x\n",
    "await in sync nested def": "async def f():\n    def g():\n        await x\n",
    "await in class body": "async def f():\n    class C:\n        v = await x\n",
    "yield from in async": "async def f():\n    yield from []\n",
    "return value in async gen": "async def f():\n    yield 1\n    return 5\n",
    "bare return in async gen": "async def f():\n    yield 1\n    return\n",
    "async lambda": "f = async lambda: 1\n",
    "await as name in sync": "def f():\n    await = 1\n",
    "async as name": "async = 1\n",
    "async comprehension in sync genexp": "def f():\n    return (x async for x in y)\n",
    "await in default": "async def f(a=await x):\n    pass\n",
    "await in async genexp ok": "async def f():\n    return (await x for x in y)\n",
    "nested async def ok": "def f():\n    async def g():\n        await x\n    return g\n",
    "async for in async gen ok": "async def f():\n    async for v in x:\n        yield v\n",
}
for label, src in sources.items():
    try:
        exec(src, {})
        print(f"{label}: ok")
    except SyntaxError as e:
        print(f"{label}: {type(e).__name__}: {e.msg}")
