# SyntaxError attributes from compile(): msg, filename, lineno, offset, text, end positions
sources = [
    ("x = (1, 2", "<tuple>"),
    ("def f(:\n    pass", "<def>"),
    ("a = 1\nb = = 2\n", "<assign>"),
    ("if True\n    pass\n", "<if>"),
    ("print 'hello'", "<py2>"),
    ("s = 'unterminated\n", "<str>"),
    ("x = 1 +\n", "<plus>"),
    ("for x in range(3):\npass\n", "<indent>"),
    ("  x = 1\n", "<unexpected>"),
    ("f(x for x in y, 1)", "<genexp>"),
    ("1 = x", "<literal>"),
    ("return 5", "<return>"),
    ("x = [1, 2}", "<mismatch>"),
    ("def g():\n    yield = 3\n", "<yield>"),
]
for src, name in sources:
    try:
        compile(src, name, "exec")
        print(name, "compiled?!")
    except SyntaxError as e:
        print(name, type(e).__name__)
        print("  msg:", e.msg)
        print("  pos:", e.filename, e.lineno, e.offset)
        print("  text:", repr(e.text))
        print("  str:", str(e))
        print("  args0:", e.args[0], "| args1 len:", len(e.args[1]))
