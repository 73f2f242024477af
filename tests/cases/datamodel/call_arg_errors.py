# Argument-count and keyword error messages for methods, __init__, classmethods, staticmethods.
class C:
    def __init__(self, x, y=0):
        self.x, self.y = x, y
    def f(self, a):
        return a
    def g(self, a, /, b, *, c):
        return a, b, c
    @classmethod
    def cm(cls, a):
        return a
    @staticmethod
    def sm(a, b):
        return a + b
c = C(1)
tests = [
    ("f extra", lambda: c.f(1, 2)),
    ("f missing", lambda: c.f()),
    ("f unbound", lambda: C.f(c)),
    ("f bad kw", lambda: c.f(b=1)),
    ("f dup", lambda: c.f(1, a=2)),
    ("init extra kw", lambda: C(1, z=2)),
    ("init missing", lambda: C()),
    ("init too many", lambda: C(1, 2, 3)),
    ("init dup", lambda: C(1, x=2)),
    ("g posonly as kw", lambda: c.g(a=1, b=2, c=3)),
    ("g missing kwonly", lambda: c.g(1, 2)),
    ("g kwonly positional", lambda: c.g(1, 2, 3)),
    ("g missing two", lambda: c.g()),
    ("cm extra", lambda: C.cm(1, 2)),
    ("cm missing", lambda: c.cm()),
    ("sm missing", lambda: C.sm(1)),
    ("sm extra", lambda: c.sm(1, 2, 3)),
    ("sm kw", lambda: C.sm(1, 2, q=3)),
    ("unbound no self", lambda: C.f()),
]
for label, f in tests:
    try:
        f()
    except TypeError as e:
        print(f"{label:20} {e}")
class Many:
    def m(self, a, b, c, *, d, e):
        pass
for args, kw in [((), {}), ((1,), {}), ((1, 2, 3), {}), ((1, 2, 3), {"d": 1}), ((1, 2, 3, 4), {"d": 1, "e": 2})]:
    try:
        Many().m(*args, **kw)
    except TypeError as e:
        print(e)
def outer():
    class Inner:
        def meth(self):
            pass
    return Inner
try:
    outer()().meth(1)
except TypeError as e:
    print(e)
try:
    C(1).f(**{"a": 1, "b": 2})
except TypeError as e:
    print(e)
try:
    C(1).f(*[1], **{"a": 1})
except TypeError as e:
    print(e)
