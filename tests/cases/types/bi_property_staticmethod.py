# property, staticmethod and classmethod builtins.
class T:
    count = 0
    def __init__(self):
        self._v = 1
    def _get(self):
        return self._v
    def _set(self, v):
        if v < 0:
            raise ValueError("negative")
        self._v = v
    def _del(self):
        del self._v
    v = property(_get, _set, _del, "the v property")
    @staticmethod
    def s(a, b=2):
        return a + b
    @classmethod
    def c(cls, n):
        cls.count += n
        return cls.__name__, cls.count
    @property
    def ro(self):
        return "ro"
t = T()
t.v = 5
print(t.v, T.v.__doc__, T.s(1), t.s(1, 1), T.c(2), t.c(3), type(T.__dict__["s"]).__name__, type(T.__dict__["c"]).__name__)
del t.v
print(hasattr(t, "_v"))
try:
    t.v
except AttributeError as e:
    print(type(e).__name__, e)
try:
    t.v = -1
except ValueError as e:
    print(type(e).__name__, e)
for action in ["set", "del"]:
    try:
        if action == "set":
            t.ro = 1
        else:
            del t.ro
    except AttributeError as e:
        print(type(e).__name__, e)
class Sub(T):
    pass
print(Sub.c(1), T.count, Sub.count)
p = property()
try:
    p.__get__(t, T)
except AttributeError as e:
    print(type(e).__name__, e)
p2 = property(lambda self: 10).setter(lambda self, v: None)
print(p2.fget(None), p2.fset is not None, p2.fdel)
sm = staticmethod(len)
cm = classmethod(lambda cls: cls)
print(sm.__func__ is len, callable(sm), cm.__func__(1))
class U:
    x = property(lambda self: "x")
    x = x.getter(lambda self: "new x")
print(U().x, isinstance(U.x, property))
