# Slot names declared anywhere in the MRO are assignable; others are refused unless a
# class in the MRO provides a __dict__.
class A:
    __slots__ = ('_m',)
class B:
    __slots__ = ()
class C(A, B):
    __slots__ = ()
c = C()
c._m = 5
print(c._m)
class D(A):
    __slots__ = ('x',)
d = D()
d._m = 1; d.x = 2
print(d._m, d.x)
try:
    d.y = 3
except AttributeError as e:
    print(e)
class E(D):
    pass
e = E(); e.y = 4; e._m = 5
print(e.y, e._m)
try:
    c.z = 1
except AttributeError as e:
    print(e)
