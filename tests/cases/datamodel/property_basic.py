# property: getter/setter/deleter, setter chaining, missing setter/deleter errors.
class C:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        "the x property"
        return self._x
    @x.setter
    def x(self, v):
        print("set", v)
        self._x = v
    @x.deleter
    def x(self):
        print("del")
        self._x = None
    @property
    def ro(self):
        return 42
c = C()
print(c.x)
c.x = 5
print(c.x)
del c.x
print(c.x, C.x.__doc__)
print(c.ro)
try:
    c.ro = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.ro
except AttributeError as e:
    print(type(e).__name__, e)
p = C.__dict__["x"]
print(type(p).__name__, p.fget.__name__, p.fset.__name__, p.fdel.__name__)
r = C.__dict__["ro"]
print(r.fset, r.fdel, r.fget(c))
print(C.x is p, isinstance(C.x, property))
wo = property(None, lambda self, v: print("wo set", v))
class D:
    w = wo
d = D()
d.w = 3
try:
    d.w
except AttributeError as e:
    print(type(e).__name__, e)
p1 = property(lambda s: 1)
p2 = p1.setter(lambda s, v: None)
p3 = p2.deleter(lambda s: None)
print(p1 is p2, p1.fset, p2.fset is not None, p3.fdel is not None, p3.fset is p2.fset)
p4 = p3.getter(lambda s: 2)
print(p4.fget(None), p4.fset is p3.fset)
class E:
    def get(self): return "got"
    def set(self, v): print("E set", v)
    prop = property(get, set, None, "custom doc")
print(E().prop, E.prop.__doc__)
E().prop = 9
