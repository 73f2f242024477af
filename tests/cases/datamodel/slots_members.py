# __slots__ member descriptors: storage, inheritance, layout conflicts, reprs.
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Point3(Point):
    __slots__ = ("z",)
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
p = Point3(1, 2, 3)
print(p.x, p.y, p.z, Point3.__slots__, hasattr(p, "__dict__"))
print(repr(Point.x), repr(Point3.z), type(Point.x).__name__, Point.x.__name__, Point3.z.__qualname__)
print(Point.x.__get__(p), Point.x.__get__(None, Point) is Point.x)
Point.y.__set__(p, 20)
Point.y.__delete__(p)
print(hasattr(p, "y"), getattr(p, "y", "unset"))
try:
    Point.x.__get__(object())
except TypeError as e:
    print(type(e).__name__, e)
class WithDict(Point):
    pass
w = WithDict(5, 6)
w.extra = 7
print(w.__dict__, w.x, vars(w))
class A:
    __slots__ = ("a",)
class B:
    __slots__ = ("b",)
try:
    class AB(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Empty:
    __slots__ = ()
class Mixed(A, Empty):
    __slots__ = ("m",)
m = Mixed()
m.a, m.m = 1, 2
print(m.a, m.m, Mixed.__mro__[1].__name__)
class D:
    __slots__ = ("__dict__", "v")
d = D()
d.v = 1
d.other = 2
print(d.v, d.__dict__)
class Priv:
    __slots__ = ("__secret",)
    def __init__(self):
        self.__secret = 42
    def show(self):
        return self.__secret
print(Priv().show(), Priv.__slots__, sorted(k for k in Priv.__dict__ if "secret" in k))
import copy
c = copy.copy(p)
print(c.x, c.z, hasattr(c, "y"))
try:
    class Twice:
        __slots__ = ("q",)
        q = 0
except ValueError as e:
    print(type(e).__name__, e)
