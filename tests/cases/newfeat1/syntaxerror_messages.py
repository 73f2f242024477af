# CPython 3.12 syntax error messages for common mistakes (via exec of strings)
cases = [
    "x = (",
    "x = )",
    "foo(",
    "d = {'a': 1",
    "if x = 1: pass",
    "while True print(1)",
    "class C\n    pass",
    "else: pass",
    "def f(a, a): pass",
    "def f(a=1, b): pass",
    "f(a=1, 2)",
    "f(**k, *a)",
    "del f()",
    "(a, b) += 1",
    "None = 1",
    "x.y: int = 1 = 2",
    "break",
    "continue",
    "def f():\n    nonlocal q",
    "async = 1",
    "import",
    "from x import",
    "lambda: yield",
    "a b",
    "1 if 2",
    "x = 1e",
    "x = 0x",
    "x = 09",
    "'abc' 'def",
    "f'{'",
    "f'{}'",
    "*a = 1",
    "a, *b, *c = d",
    "print(1 2)",
    "try:\n    pass\n",
    "match x:\n    case 1 + : pass",
]
for src in cases:
    try:
        exec(src, {})
        print(repr(src), "-> no error")
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__ + ":", e.msg, "@", e.lineno, e.offset)
    except Exception as e:
        print(repr(src), "-> runtime", type(e).__name__, e)
