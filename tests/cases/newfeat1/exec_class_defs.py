# Classes and functions defined by exec: __module__, __qualname__, globals
src = '''
class Point:
    dims = 2
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def norm2(self):
        return self.x ** 2 + self.y ** 2

def make(n):
    return [Point(i, -i) for i in range(n)]

class Point3(Point):
    dims = 3
'''
ns = {"__name__": "geometry"}
exec(src, ns)
P = ns["Point"]
print(P.__name__, P.__qualname__, P.__module__, ns["make"].__module__)
print(ns["make"](3), P(3, 4).norm2(), ns["Point3"].dims, ns["Point3"].__mro__[1] is P)

anon = {}
exec(src, anon)
print(anon["Point"].__module__, anon["make"].__module__)

unnamed_locals = {}
exec(src, {"__name__": "pkg.shapes"}, unnamed_locals)
print(unnamed_locals["Point"].__module__, sorted(unnamed_locals))
try:
    unnamed_locals["make"](1)
except NameError as e:
    print(type(e).__name__, e)

# dynamic class construction with a template
template = "class {name}(Exception):\n    code = {code}\n"
errors = {}
for name, code in (("NotFound", 404), ("Forbidden", 403)):
    exec(template.format(name=name, code=code), {"__name__": "errors"}, errors)
for name, cls in errors.items():
    try:
        raise cls("boom")
    except Exception as e:
        print(type(e).__name__, cls.code, e, type(e).__module__, issubclass(cls, Exception))

# nested functions and closures inside exec
exec("def outer():\n    v = 5\n    def inner():\n        return v * 2\n    return inner\n", ns)
print(ns["outer"]()(), ns["outer"]().__qualname__)
print(type(ns["outer"]).__name__, ns["outer"].__code__.co_filename)
