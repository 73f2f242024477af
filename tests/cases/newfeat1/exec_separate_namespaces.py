# exec with separate globals and locals dicts
g = {"base": 10}
l = {"offset": 5}
exec("total = base + offset\nbase_seen = base", g, l)
print(sorted(k for k in g if k != "__builtins__"), sorted(l))
print(l["total"], l["base_seen"], "__builtins__" in g, "__builtins__" in l)

# functions defined under exec with separate locals land in locals,
# but their global scope is g, so they cannot see other locals
src = """
helper_value = 99
def f():
    return base
def h():
    return helper_value
"""
exec(src, g, l)
print(sorted(k for k in l), l["f"](), l["f"].__globals__ is g)
try:
    l["h"]()
except NameError as e:
    print(type(e).__name__, e)

# with a single dict, globals and locals are the same
ns = {}
exec("a = 1\ndef get_a():\n    return a\nb = get_a() + 1", ns)
print(ns["a"], ns["b"], ns["get_a"]())

# global statement inside exec code writes to g even when l is separate
g2, l2 = {}, {}
exec("global counter\ncounter = 1\nlocal_only = 2", g2, l2)
print("counter" in g2, "counter" in l2, l2)

# reading a name: locals first, then globals, then builtins
g3 = {"name": "global", "len": lambda x: -1}
l3 = {"name": "local"}
print(eval("name", g3, l3), eval("name", g3), eval("len('abc')", g3, l3), eval("len('abc')", {}))

# del inside exec
exec("del name", g3, l3)
print("name" in l3, eval("name", g3, l3))
try:
    exec("del nothing_here", {}, {})
except NameError as e:
    print(type(e).__name__, e)

# exec returns None; eval returns value
print(exec("1 + 1"), eval("1 + 1"))

# comprehensions see the locals mapping in 3.12 (inlined comprehensions)
print(eval("[x * i for i in range(3)]", {}, {"x": 7}))
print(eval("(lambda: x)()", {"x": "from globals"}, {"x": "from locals"}))
