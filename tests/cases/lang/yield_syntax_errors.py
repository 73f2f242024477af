# Where yield and yield from are allowed, checked through exec.
sources = {
    "module level": "yield 1\n",
    "class body": "class C:\n    yield 1\n",
    "list comprehension": "def f():\n    return [(yield x) for x in y]\n",
    "set comprehension": "def f():\n    return {(yield x) for x in y}\n",
    "dict comprehension": "def f():\n    return {x: (yield) for x in y}\n",
    "generator expression": "def f():\n    return ((yield x) for x in y)\n",
    "lambda": "f = lambda: (yield)\n",
    "default argument": "def f(a=(yield)):\n    pass\n",
    "in comprehension iterable": "def f():\n    return [x for x in (yield)]\n",
    "bare yield": "def f():\n    yield\n",
    "yield in expression": "def f():\n    x = 1 + (yield 2)\n",
    "unparenthesised yield arg": "def f():\n    g(yield)\n",
    "yield from bare": "def f():\n    yield from\n",
    "yield as argument": "def f():\n    print((yield 1), (yield 2))\n",
    "return value with yield": "def f():\n    yield 1\n    return 2\n",
    "yield in f-string": "def f():\n    return f'{(yield 1)}'\n",
    "yield in decorator": "def f():\n    @(yield)\n    def g():\n        pass\n",
}
for label, src in sources.items():
    try:
        exec(src, {})
        print(f"{label}: ok")
    except SyntaxError as e:
        print(f"{label}: {e.msg}")
ns = {}
exec("def f():\n    return [x for x in (yield)]\n", ns)
g = ns["f"]()
print(type(g).__name__, next(g))
try:
    g.send([1, 2])
except StopIteration as e:
    print("comprehension over sent value:", e.value)
