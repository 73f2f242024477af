# dir()/vars()/type()/callable introspection for a tiny plugin registry.
class Plugin:
    registry = {}
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[cls.__name__.lower()] = cls
    def run(self):
        raise NotImplementedError
class Upper(Plugin):
    """Uppercases text."""
    def run(self, s):
        return s.upper()
class Reverse(Plugin):
    def run(self, s):
        return s[::-1]
    def helper(self):
        return "h"
print(sorted(Plugin.registry), [c.__doc__ for c in Plugin.registry.values()])
for name, cls in Plugin.registry.items():
    inst = cls()
    methods = [m for m in dir(inst) if not m.startswith("_") and callable(getattr(inst, m))]
    print(name, methods, inst.run("abc"), type(inst).__name__, type(inst).__qualname__, cls.__bases__[0].__name__)
print([k for k in vars(Reverse) if not k.startswith("__")], "run" in vars(Upper), "registry" in vars(Upper), "registry" in dir(Upper))
print(type(Upper.run).__name__, type(Upper().run).__name__, callable(Upper), callable(Upper()), callable(Upper().run))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
p = Point(1, 2)
print(vars(p), p.__dict__ is vars(p), sorted(k for k in dir(p) if not k.startswith("__")))
vars(p)["z"] = 3
print(p.z, vars(p))
print(type(p) is Point, type(Point) is type, type(type), type(5).__name__, type(None).__name__, type(print).__name__)
print(Point.__name__, Point.__module__, Upper.__mro__[-1].__name__, len(Upper.__mro__))
def f(a, b=2, *args, c, **kw):
    "doc of f"
    return a
print(f.__name__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_varnames[:4])
print(sorted(x for x in dir([]) if not x.startswith("_")))
print(sorted(x for x in dir({}) if not x.startswith("_")))
