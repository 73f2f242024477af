# globals()/vars()/locals() for module-level registries and function-local introspection.
COUNTER = 0
def bump(n=1):
    global COUNTER
    COUNTER += n
    return COUNTER
bump()
bump(5)
print(COUNTER, globals()["COUNTER"], vars()["COUNTER"], "bump" in globals(), callable(globals()["bump"]))
globals()["DYNAMIC"] = "created via globals()"
print(DYNAMIC)
def handler_add(a, b):
    return a + b
def handler_mul(a, b):
    return a * b
handlers = {name[len("handler_"):]: fn for name, fn in sorted(globals().items()) if name.startswith("handler_")}
print(sorted(handlers), handlers["add"](2, 3), handlers["mul"](2, 3))
def show_locals(x, y=2):
    z = x + y
    loc = locals()
    return sorted(loc.items())
print(show_locals(1), show_locals(5, y=0))
def outer():
    a = 1
    def inner():
        b = 2
        return sorted(locals()), a
    return inner()
print(outer())
print(__name__, type(globals()).__name__, globals() is vars(), sorted(k for k in globals() if k.startswith("__") and k in ("__name__", "__doc__", "__builtins__")))
print(__doc__ is None, [k for k in ("COUNTER", "DYNAMIC", "nope") if k in globals()])
del globals()["DYNAMIC"]
try:
    print(DYNAMIC)
except NameError as e:
    print(type(e).__name__, e)
