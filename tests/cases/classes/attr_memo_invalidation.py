# Attribute loads, stores and method loads that a site has already served must see
# every later change: the class's methods replaced, data descriptors or
# __getattribute__ added, instances changing class, attributes deleted.


class A:
    def __init__(self, x):
        self.x = x

    def m(self):
        return "A.m"


class B:
    def __init__(self, x):
        self.x = x

    def m(self):
        return "B.m"


def load(o):
    return o.x


def call_m(o):
    return o.m()


def store(o, v):
    o.x = v


objs = [A(1), A(2), B(3)]
for _ in range(3):
    print([load(o) for o in objs], [call_m(o) for o in objs])

# Replace the method with another function, then with plain data, then restore.
A.m = lambda self: "A.m2"
print(call_m(objs[0]))
A.m = 5
try:
    call_m(objs[0])
except TypeError as e:
    print("TypeError:", e)
del A.m
print(call_m(B(0)))
A.m = lambda self: "A.m3"
print(call_m(objs[0]), call_m(objs[1]))

# An instance attribute shadowing the method.
a = A(7)
a.m = lambda: "own m"
print(call_m(a), call_m(objs[0]))

# __class__ assignment moves an instance between classes with the same layout.
c = A(10)
for _ in range(3):
    print(load(c), call_m(c))
c.__class__ = B
print(load(c), call_m(c), type(c).__name__)
store(c, 11)
print(load(c), c.__dict__)
c.__class__ = A
store(c, 12)
print(load(c), call_m(c), vars(c))

# A property added after the sites have seen plain attributes overrides them.
d = A(20)
for _ in range(3):
    store(d, 21)
    print(load(d))
A.x = property(lambda self: "prop", lambda self, v: print("setter", v))
print(load(d))
store(d, 22)
print(d.__dict__)
del A.x
print(load(d))

# __getattribute__ added later.
e = B(30)
for _ in range(3):
    print(load(e))
B.__getattribute__ = lambda self, n: "ga:" + n
print(load(e), call_m.__name__)
del B.__getattribute__
print(load(e))

# Deleting an attribute and adding it back.
f = A(40)
load(f)
del f.x
try:
    load(f)
except AttributeError as err:
    print("AttributeError:", err)
store(f, 41)
print(load(f), vars(f))

# Stores that add attributes in different orders give different layouts.
class P:
    pass


def fill(o, names):
    for n in names:
        setattr(o, n, n.upper())
    return o


p1 = fill(P(), "abc")
p2 = fill(P(), "cba")
for _ in range(2):
    print(p1.a, p1.b, p1.c, p2.a, p2.b, p2.c, vars(p1), vars(p2))

# Subclass and base instances through one site.
class Q(A):
    def m(self):
        return "Q.m " + super().m()


qs = [A(1), Q(2), A(3), Q(4)]
for _ in range(2):
    print([load(o) for o in qs], [call_m(o) for o in qs])
Q.m = A.m
print([call_m(o) for o in qs])
