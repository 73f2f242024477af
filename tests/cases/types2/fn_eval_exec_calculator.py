# eval/exec/compile used for a restricted calculator and a config snippet, with error reporting.
import math
safe = {"__builtins__": {}, "sqrt": math.sqrt, "pi": math.pi, "abs": abs, "min": min, "max": max, "round": round}
for expr in ["1 + 2 * 3", "sqrt(16) + pi", "max(3, 7) - min(2, 9)", "round(2 / 3, 4)", "abs(-7) ** 2", "2 ** 0.5", "[x * x for x in range(4)]",
             "open('x')", "1 +", "1 / 0", "undefined_name", "__import__('os')"]:
    try:
        print(f"{expr!r:28} = {eval(expr, safe)!r}")
    except Exception as e:
        print(f"{expr!r:28} ! {type(e).__name__}: {e}")
ns = {}
exec("rate = 0.07\nitems = [('a', 10), ('b', 25)]\ntotal = sum(p for _, p in items) * (1 + rate)\n", ns)
print(round(ns["total"], 2), sorted(k for k in ns if not k.startswith("__")), "__builtins__" in ns)
code = compile("x * 2 + y", "<formula>", "eval")
print(code.co_filename, code.co_names if hasattr(code, "co_names") else None, [eval(code, {"x": x, "y": 1}) for x in range(4)])
local_ns = {"y": 10}
exec("z = y * 3", {}, local_ns)
print(local_ns)
try:
    compile("x ===", "<bad>", "eval")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno)
try:
    exec("def f(:\n pass")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
print(eval("a + b", {"a": 1}, {"b": 2}), eval("len('abc')"), eval(" 42 \n"), type(compile("1", "s", "exec")).__name__)
try:
    eval("x = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
