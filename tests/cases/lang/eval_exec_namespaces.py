# eval and exec with explicit globals and locals mappings.
g = {"x": 10}
print(eval("x + 1", g))
print(sorted(k for k in g if k != "__builtins__"), "__builtins__" in g)
exec("y = x * 2", g)
print(g["y"])
l = {}
exec("z = 5\nw = z + 1", {}, l)
print(l)
print(eval("a + b", {"a": 1}, {"b": 2}))
print(eval("a", {"a": "global"}, {"a": "local"}))
ns = {}
exec("def f(n):\n    return n * k\nk = 3", ns)
print(ns["f"](4), ns["f"].__name__, ns["f"].__globals__ is ns)
src = """
class Point:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"Point({self.x})"
p = Point(7)
"""
ns2 = {}
exec(src, ns2)
print(ns2["p"], type(ns2["p"]).__name__, ns2["Point"].__module__ if "__name__" in ns2 else ns2["Point"].__module__)
print(exec("1 + 1"), eval("[i * i for i in range(4)]"))
counter = 0
exec("counter += 1")
print("exec without namespaces uses module globals:", counter)
def in_function():
    v = 1
    exec("v = 2")
    return v
print("function locals unchanged:", in_function())
def sees_locals():
    secret = "local value"
    return eval("secret")
print(sees_locals())
try:
    eval("undefined_name", {})
except NameError as e:
    print(type(e).__name__, e)
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval("x = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    eval("1", [])
except TypeError as e:
    print(type(e).__name__, e)
restricted = {"__builtins__": {"len": len}}
print(eval("len('abc')", restricted))
try:
    eval("print('x')", restricted)
except NameError as e:
    print("restricted:", e)
print(eval("  42  "), eval("\n7\n".strip()))
print(eval(b"3 * 3"))
