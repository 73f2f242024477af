# globals() is the live module dict; locals() in functions is a snapshot dict.
g = globals()
print(g is globals(), type(g).__name__, g["__name__"])
g["injected"] = "via globals()"
print(injected)
def f(a, b=2):
    c = a + b
    snap = locals()
    return sorted(snap)
print(f(1))
def modify():
    x = 1
    locals()["x"] = 99
    return x
print("locals() write ignored:", modify())
def nested():
    outer_var = "cell"
    def inner():
        return sorted(locals())
    def inner2():
        outer_var
        return sorted(locals())
    return inner(), inner2()
print(nested())
class K:
    a = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
    b = 2
print(K.names)
print(locals() is globals())
def make_global():
    globals()["made_here"] = 5
make_global()
print(made_here)
del globals()["made_here"]
print("made_here" in globals())
print(sorted(k for k in globals() if k.startswith("__") and k in ("__name__", "__doc__", "__builtins__")))
def shadow():
    len = lambda x: "shadowed"
    return len([1, 2])
print(shadow(), len([1, 2]))
def uses_builtin_later():
    return abs(-3)
print(uses_builtin_later())
abs = "module-level shadow"
print(uses_builtin_later() if False else abs)
del abs
print(abs(-4))
