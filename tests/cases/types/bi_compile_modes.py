# compile() with exec/eval/single modes, then exec/eval of the code objects.
code = compile("x = 2\ny = x * 21\n", "<test>", "exec")
ns = {}
exec(code, ns)
print(ns["y"], type(code).__name__, code.co_filename)
expr = compile("a + b * 2", "<expr>", "eval")
print(eval(expr, {"a": 1, "b": 5}), eval(expr, {}, {"a": 10, "b": 1}))
single = compile("1 + 1", "<single>", "single")
r = exec(single)
print("exec single returned", r)
single2 = compile("z = 5", "<s>", "single")
g = {}
exec(single2, g)
print(g["z"])
for src, mode in [("x = ", "exec"), ("x = 1", "eval"), ("1 +", "eval"), ("a\nb", "single"), ("def f(:", "exec")]:
    try:
        compile(src, "<bad>", mode)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
try:
    compile("1", "<x>", "run")
except ValueError as e:
    print(type(e).__name__, e)
try:
    compile(5, "<x>", "eval")
except TypeError as e:
    print(type(e).__name__, e)
try:
    compile("1")
except TypeError as e:
    print(type(e).__name__, e)
c2 = compile("for i in range(3): total += i", "<loop>", "exec")
scope = {"total": 100}
exec(c2, scope)
print(scope["total"])
fn_code = compile("def sq(n):\n    return n * n\n", "<fn>", "exec")
fns = {}
exec(fn_code, fns)
print(fns["sq"](9), fns["sq"].__name__)
print(eval(compile("[i*i for i in range(4)]", "", "eval")), eval(b"1 + 2"), eval("  7  "), eval("\n\n8"))
try:
    eval(compile("raise KeyError('inside')", "<r>", "exec"))
except KeyError as e:
    print(type(e).__name__, e)
