# Attributes of code objects produced by compile() and by exec'd function definitions
src = """
def area(w, h=2, *args, scale=1, **kw):
    total = w * h * scale
    return total

def gen():
    yield 1

lam = lambda a, b: a + b
"""
code = compile(src, "shapes.py", "exec")
print(code.co_name, code.co_filename, code.co_firstlineno, code.co_argcount)
ns = {}
exec(code, ns)
c = ns["area"].__code__
print(c.co_name, c.co_qualname, c.co_filename, c.co_firstlineno)
print(c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount)
print(c.co_varnames)
print(ns["area"].__defaults__, ns["area"].__kwdefaults__)
print(ns["area"](3), ns["area"](3, 4, 9, scale=2, extra=True))
g = ns["gen"].__code__
print(g.co_name, g.co_firstlineno, list(ns["gen"]()))
l = ns["lam"].__code__
print(l.co_name, l.co_varnames, l.co_argcount, ns["lam"].__name__)
print(type(code).__name__, type(code) is type(c))

e = compile("a + b * 2", "<formula>", "eval")
print(e.co_name, e.co_filename, e.co_argcount, e.co_varnames)
print(sorted(e.co_names))

# replace() makes a modified copy
renamed = c.replace(co_name="surface")
print(renamed.co_name, c.co_name, renamed.co_filename)

# code objects compare by value and are hashable
x1 = compile("1 + 2", "<same>", "eval")
x2 = compile("1 + 2", "<same>", "eval")
print(x1 == x2, hash(x1) == hash(x2))
print(compile("1 + 2", "<other>", "eval") == x1)

def local_fn(p, q=3):
    r = p + q
    return r
lc = local_fn.__code__
print(lc.co_name, lc.co_varnames, lc.co_argcount, lc.co_filename.endswith("code_object_attrs.py"))
print(lc.co_firstlineno)
