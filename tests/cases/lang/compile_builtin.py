# compile(): modes, code object attributes, and running the results.
code = compile("a + b", "<expr>", "eval")
print(type(code).__name__, code.co_name, code.co_filename)
print(eval(code, {"a": 2, "b": 3}))
code = compile("x = 1\ny = x + 1\n", "prog.py", "exec")
ns = {}
print(exec(code, ns), ns["y"], code.co_filename, code.co_name)
code = compile("def f():\n    return 42\n", "<f>", "exec")
ns = {}
exec(code, ns)
print(ns["f"](), ns["f"].__code__.co_filename, ns["f"].__code__.co_name, ns["f"].__code__.co_firstlineno)
single = compile("1 + 2", "<single>", "single")
exec(single)
exec(compile("None", "<single>", "single"))
exec(compile("'text'", "<single>", "single"))
for src, mode in [("x = ", "exec"), ("x = 1", "eval"), ("a b", "exec"), ("1\n2", "single")]:
    try:
        compile(src, "<bad>", mode)
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.filename, e.lineno)
try:
    compile("1", "<m>", "bogus")
except ValueError as e:
    print(type(e).__name__, e)
try:
    compile("return 1", "<r>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
c1 = compile("1", "<a>", "eval")
print(eval(c1), eval(c1), eval(c1, {}))
def f():
    raise ValueError("in compiled")
try:
    exec(compile("f()", "virtual.py", "exec"), {"f": f})
except ValueError as e:
    tb = e.__traceback__.tb_next
    print(tb.tb_frame.f_code.co_filename, tb.tb_lineno)
