# exec/eval with explicit globals and locals.
g = {"base": 10}
l = {}
exec("val = base + 1\ndef f():\n    return base\n", g, l)
print(sorted(k for k in g if k != "__builtins__"), sorted(l), l["val"], l["f"]())
print("__builtins__" in g)
print(eval("base * 2", g), eval("base + extra", g, {"extra": 5}), eval("len('abc')", {}), eval("[x for x in range(3)]"))
x = 99
print(eval("x + 1"), eval("x", {"x": 1}), eval("x", {"x": 1}, {"x": 2}))
def scope_test():
    y = 5
    return eval("y * 2"), eval("y", {}, {"y": 7})
print(scope_test())
ns = {}
exec("import sys\nname = sys.__name__", ns)
print(ns["name"])
try:
    eval("undefined_name")
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
    exec("1/0")
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    eval(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    exec("pass", [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    eval("1", {}, 5)
except TypeError as e:
    print(type(e).__name__, e)
print(eval("__name__", {"__name__": "custom"}), exec("pass"), eval("None"))
class Mapping(dict):
    def __missing__(self, k):
        return k.upper()
print(eval("hello + world", {}, Mapping()))
g["counter"] = 0
exec("counter = counter + 1", g)
exec("counter += 1", g)
print(g["counter"])
try:
    exec("missing_counter += 1", {})
except NameError as e:
    print(type(e).__name__, e)
