# compile() with exec, eval and single modes
code_exec = compile("x = 3\ny = x * 2\n", "<calc>", "exec")
code_eval = compile("x * y + 1", "<expr>", "eval")
code_single = compile("x + y", "<interactive>", "single")
ns = {}
print(exec(code_exec, ns), ns["x"], ns["y"])
print(eval(code_eval, ns))
print("single returns:", exec(code_single, ns))
print(eval(code_single, ns))
r = eval(code_exec, ns)
print("eval of exec code:", r)
print(type(code_exec).__name__, code_exec.co_filename, code_exec.co_name)
print(code_eval.co_filename, code_single.co_filename)

# 'single' echoes expression statements via sys.displayhook; None is not shown
for src in ("1 + 2", "None", "'text'", "[1, 2]", "z = 5", "print('printed')", "(1, None)"):
    print("--", repr(src))
    exec(compile(src, "<s>", "single"), ns)
print(ns["z"])

# 'single' with a compound statement
exec(compile("for i in range(3):\n    i * 10\n", "<s>", "single"), {})
exec(compile("if True:\n    'inside if'\n", "<s>", "single"), {})

# eval mode rejects statements
for src in ("x = 1", "import sys", "pass", "def f(): pass", "a; b"):
    try:
        compile(src, "<e>", "eval")
    except SyntaxError as e:
        print(repr(src), "->", e.msg)

try:
    compile("1 + 1", "<e>", "interactive")
except ValueError as e:
    print(type(e).__name__, e)
try:
    compile("a = 1\nb = 2\n", "<s>", "single")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
print(eval(compile(b"40 + 2", "<bytes>", "eval")))
print(eval(compile("(7)\n", "<ws>", "eval")), eval("  \t 8 + 1"), eval("\n\n(9 +\n 1)\n"))
try:
    compile(123, "<n>", "exec")
except TypeError as e:
    print(type(e).__name__, e)
