# Instances whose __slots__ leave them without a __dict__ keep their slot values the
# way inline attributes are kept, read and written through the attribute sites' shape
# memos: unset slots, deletion, subclasses with and without __dict__, polymorphic
# sites, methods, __class__ assignment, class changes that replace a slot member,
# descriptors used directly, cycles through slots, copies, builtin and exception bases.
import copy
import gc
import weakref


class A:
    __slots__ = ("x", "y")

    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x


class B(A):
    __slots__ = ("z",)


class WithDict(A):
    pass


class D(A):
    __slots__ = ()

    def y(self):
        return "method y"


a = A(1)
print(a.x, a.get())
try:
    a.y
except AttributeError as ex:
    print("AttributeError:", ex)
a.y = 5
print(a.y)
del a.y
try:
    del a.y
except AttributeError as ex:
    print("AttributeError:", ex)
try:
    a.w = 1
except AttributeError as ex:
    print("AttributeError:", ex)
print(hasattr(a, "__dict__"), hasattr(WithDict(0), "__dict__"))

b = B(2)
b.z = 3
print(b.x, b.z, b.get())
w = WithDict(4)
w.y = 5
w.q = 6
print(w.x, w.y, w.q, w.__dict__)
d = D(7)
print(d.y(), d.x)


# One site, many classes: a base class's method over slot-only, dict and
# subclass instances, with some slots unset on the way.
def read_all(objs):
    out = []
    for o in objs:
        try:
            out.append((type(o).__name__, o.x, o.get()))
        except AttributeError as ex:
            out.append((type(o).__name__, "unset", str(ex)))
    return out


objs = [A(1), B(2), WithDict(3), D(4), A(5)]
for rnd in range(4):
    if rnd == 2:
        del objs[0].x
        del objs[3].x
    if rnd == 3:
        objs[0].x = "back"
    print(read_all(objs))


def write_all(objs, v):
    for o in objs:
        o.x = v
    return [o.x for o in objs]


for v in range(3):
    print(write_all(objs, v))


# A method stored in a slot, called through a method site.
class Holder:
    __slots__ = ("cb", "n")

    def __init__(self, cb):
        self.cb = cb
        self.n = 0

    def fire(self):
        self.n += 1
        return self.cb(self.n)


h = Holder(lambda n: n * 10)
print([h.fire() for _ in range(4)])
h.cb = str
print([h.fire() for _ in range(2)])


# __class__ assignment between classes with the same slots.
class A2:
    __slots__ = ("x", "y")

    def get(self):
        return "A2 get %r" % (self.x,)


a = A(8)
for cls in (A2, A, A2):
    a.__class__ = cls
    print(type(a).__name__, a.get(), a.x)


# The class changes: a slot member replaced by class data, then put back.
class E:
    __slots__ = ("v",)

    def __init__(self):
        self.v = "slot value"


def read_v(e):
    return e.v


e = E()
print(read_v(e), read_v(e))
member = E.__dict__["v"]
E.v = "class data"
print(read_v(e))
E.v = member
print(read_v(e))
try:
    E().v
except AttributeError as ex:
    print("AttributeError:", ex)

# The member descriptors themselves.
print(A.x, type(A.__dict__["x"]).__name__)
bb = B(9)
print(A.x.__get__(bb))
A.x.__set__(bb, 99)
print(bb.x)
A.x.__delete__(bb)
try:
    bb.x
except AttributeError as ex:
    print("AttributeError:", ex)
print(sorted(k for k in dir(bb) if not k.startswith("__")))


# Cycles through slots are collected.
class Node:
    __slots__ = ("other", "__weakref__")


n1, n2 = Node(), Node()
n1.other, n2.other = n2, n1
r = weakref.ref(n1)
del n1, n2
gc.collect()
print(r())

# Copies.
c = B(10)
c.z = 11
c2 = copy.copy(c)
c3 = copy.deepcopy(c)
print(c2.x, c2.z, c3.x, c3.z, c2 is c, type(c3).__name__)
u = B(12)
u2 = copy.copy(u)
print(u2.x, hasattr(u2, "z"))


# Builtin and exception bases keep their slots too.
class S(str):
    __slots__ = ("tag",)


s = S("hi")
s.tag = 1
print(s, s.tag, s.upper())


class Ex(Exception):
    __slots__ = ("code",)


x = Ex("m")
x.code = 3
print(x, x.code, x.args)
print(getattr(A(0), "y", "default"))
