# globals(), locals() and vars() with and without arguments.
import sys
module_level = 1
g = globals()
print(g is globals(), g["module_level"], "__name__" in g, g["__name__"], type(g).__name__)
g["injected"] = "via globals"
print(injected)
def f(a, b=2):
    c = a + b
    return sorted(locals().items()), vars() is not None
print(f(1))
class K:
    attr = 1
    def __init__(self):
        self.x = 10
        self.y = 20
    def m(self):
        pass
k = K()
print(vars(k), vars(k) is k.__dict__, sorted(n for n in vars(K) if not n.startswith("__")))
vars(k)["z"] = 30
print(k.z)
for bad in [5, "s", [1], None]:
    try:
        vars(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class Slotted:
    __slots__ = ("a",)
try:
    vars(Slotted())
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    globals(1)
except TypeError as e:
    print(type(e).__name__, e)
print(vars(sys)["__name__"], sorted(k for k in vars() if k in ("module_level", "K", "f")))
def outer():
    v = "outer"
    def inner():
        return sorted(locals())
    return inner()
print(outer())
