# Attribute sites that see instances of several classes (polymorphic inline caches):
# loads, stores and method calls in a base-class method run on instances of many
# subclasses, with the classes and instances changing between rounds.


class Base:
    kind = "base"

    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x

    def put(self, v):
        self.x = v

    def grow(self, v):
        self.y = v

    def name(self):
        return self.kind

    def call_m(self):
        return self.m()

    def m(self):
        return "Base.m"


class A(Base):
    kind = "a"


class B(Base):
    def m(self):
        return "B.m"


class C(Base):
    def __init__(self, x):
        self.pad = 0
        self.x = x


class D(Base):
    @property
    def x(self):
        return "D.x property"

    @x.setter
    def x(self, v):
        self._x = v


class E(Base):
    __slots__ = ("x", "y")


class F(Base):
    pass


def round_(objs, tag):
    out = []
    for o in objs:
        out.append((type(o).__name__, o.get(), o.name(), o.call_m()))
    for i, o in enumerate(objs):
        o.put(i * 10)
        o.grow(i)
    out.append([(o.get(), getattr(o, "y", None)) for o in objs])
    print(tag, out)


objs = [A(1), B(2), C(3), D(4), E(5), F(6), A(7), C(8)]
for r in range(3):
    round_(objs, "round %d" % r)

# The classes change: a method on a subclass, a class attribute, a deleted attribute.
B.get = lambda self: "B.get"
A.kind = "a2"
del objs[2].x
try:
    objs[2].get()
except AttributeError as e:
    print("AttributeError", e)
objs[2].x = "back"
round_(objs, "changed")

# An instance changes class.
objs[0].__class__ = F
objs[5].__class__ = A
round_(objs, "reclassed")

# An instance gets its own attribute shadowing a method.
objs[1].m = lambda: "own m"
round_(objs, "shadowed")
del objs[1].m
del B.get
round_(objs, "restored")

# Many classes at one site (more than the cache keeps).
classes = [type("K%d" % i, (Base,), {}) for i in range(12)]
many = [k(i) for i, k in enumerate(classes)]
for r in range(3):
    total = 0
    for o in many:
        o.put(o.get() + r)
        total += o.get()
    print("many", r, total, [o.name() for o in many[:3]])
