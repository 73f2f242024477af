# Controlling __builtins__ in the globals passed to exec/eval
import builtins

g = {}
exec("x = len('abc')", g)
print(g["x"], "__builtins__" in g, g["__builtins__"] is builtins or g["__builtins__"] is builtins.__dict__)

empty = {"__builtins__": {}}
for src in ("print('hi')", "len([1])", "x = 1 + 2", "[i for i in (1, 2)]", "True and None"):
    try:
        r = eval(src, dict(empty)) if "=" not in src else exec(src, dict(empty))
        print(repr(src), "->", r)
    except NameError as e:
        print(repr(src), "->", type(e).__name__, e)
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, e.msg)

safe = {"__builtins__": {"len": len, "sum": sum, "range": range, "abs": abs}}
print(eval("sum(range(len('hello')))", safe))
print(eval("abs(-3) + len([0] * 4)", safe))
for src in ("open('/etc/passwd')", "__import__('sys')", "max(1, 2)"):
    try:
        eval(src, safe)
    except NameError as e:
        print(type(e).__name__, e)

# a replaced builtin is only visible inside that namespace
loud = {"__builtins__": {"print": lambda *a: builtins.print("LOUD:", *a)}}
exec("print('quiet words')", loud)
print("normal print still works")

# __builtins__ may also be a module
mod_ns = {"__builtins__": builtins}
print(eval("min(4, 2, 8)", mod_ns))

# class statements need __build_class__
try:
    exec("class C:\n    pass", {"__builtins__": {}})
except NameError as e:
    print(type(e).__name__, e)
try:
    exec("import math", {"__builtins__": {}})
except ImportError as e:
    print(type(e).__name__, e)

# names in globals are found before builtins
print(eval("len", {"len": "shadowed"}), eval("abs(-2)", {"abs": lambda v: "custom"}))

# functions created in a restricted namespace keep it
ns = {"__builtins__": {"len": len}}
exec("def size(x):\n    return len(x)\ndef bad():\n    return sorted([2, 1])", ns)
print(ns["size"]("four"))
try:
    ns["bad"]()
except NameError as e:
    print(type(e).__name__, e)
