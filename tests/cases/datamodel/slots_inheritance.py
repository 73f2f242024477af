# __slots__ with inheritance: subclasses without slots gain __dict__; __dict__ and __weakref__ slots.
class A:
    __slots__ = ("a",)
class B(A):
    __slots__ = ("b",)
class C(A):
    pass
b = B()
b.a, b.b = 1, 2
print(b.a, b.b, hasattr(b, "__dict__"))
try:
    b.c = 3
except AttributeError as e:
    print(type(e).__name__, e)
c = C()
c.a = 1
c.other = 2
print(c.a, c.__dict__, hasattr(c, "__dict__"))
class D:
    __slots__ = ("x", "__dict__")
d = D()
d.x = 1
d.y = 2
print(d.x, d.__dict__)
class Base:
    pass
class WithSlots(Base):
    __slots__ = ("s",)
w = WithSlots()
w.s = 1
w.free = 2
print(w.s, w.free, w.__dict__)
class M1:
    __slots__ = ("m1",)
class M2:
    __slots__ = ("m2",)
try:
    class Both(M1, M2): pass
except TypeError as e:
    print(type(e).__name__, e)
class E1:
    __slots__ = ()
class E2:
    __slots__ = ()
class Ok(E1, E2):
    __slots__ = ("z",)
o = Ok()
o.z = 5
print(o.z, Ok.__mro__[1].__name__)
class Private:
    __slots__ = ("__secret",)
    def __init__(self):
        self.__secret = 7
    def get(self):
        return self.__secret
pv = Private()
print(pv.get(), Private.__slots__, sorted(k for k in Private.__dict__ if "secret" in k))
class Over(A):
    __slots__ = ("a",)
ov = Over()
ov.a = "shadow"
print(ov.a, A.a.__get__(ov) if False else "ok")
