# Small methods and functions whose bodies only read attributes, compare and return
# ("leaf" calls): every way their fast path can fall short must behave as a normal call.
import sys

FORWARD = 1


class Pair:
    def __init__(self, a, b, direction=FORWARD):
        self.a = a
        self.b = b
        self.direction = direction

    def output(self):
        return self.b if self.direction == FORWARD else self.a

    def is_forward(self):
        return self.direction == FORWARD

    def total(self):
        return self.a + self.b

    def scaled(self, k):
        return self.a * k + self.b // k - self.a % k

    def first(self):
        return self.a[0]

    def set_b(self, v):
        self.b = v

    def grow(self):
        self.extra = self.a

    def bump(self):
        self.a += 1
        return self.a


p = Pair(1, 2)
q = Pair("x", "y", 0)
for obj in (p, q, p, q):
    print(obj.output(), obj.is_forward())

# The same site with other classes' instances and other shapes.
class Sub(Pair):
    pass


s = Sub(5, 6)
s.other = 1
for obj in (p, s, q, s):
    print(obj.output())

# Arithmetic that overflows a machine word, floats, strings, a zero divisor.
print(Pair(2**62, 2**62).total(), Pair(1.5, 2.25).total(), Pair("a", "b").total())
print(Pair(2**40, 7).scaled(2**30))
print(Pair(10, 9).scaled(3))
try:
    Pair(1, 2).scaled(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, e.__traceback__.tb_next.tb_frame.f_code.co_name)

# An item that is not there, an attribute that is not there.
print(Pair([7, 8], 0).first(), Pair((9,), 0).first(), Pair("hi", 0).first(), Pair({0: "z"}, 0).first())
for bad in (Pair([], 0), Pair({}, 0)):
    try:
        bad.first()
    except (IndexError, KeyError) as e:
        tb = e.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        print(type(e).__name__, tb.tb_frame.f_code.co_name, tb.tb_lineno)

r = Pair(1, 2)
del r.direction
try:
    r.output()
except AttributeError as e:
    print("AttributeError", e)

# Comparisons that call Python code, properties, __getattr__.
class Loud:
    def __eq__(self, other):
        print("Loud.__eq__")
        return True
    __hash__ = object.__hash__


print(Pair(1, 2, Loud()).output())


class Prop(Pair):
    @property
    def direction(self):
        print("property from", sys._getframe(1).f_code.co_name)
        return FORWARD

    @direction.setter
    def direction(self, v):
        pass


print(Prop(3, 4).output())


class Dyn:
    def __getattr__(self, name):
        return "dyn-" + name

    def output(self):
        return self.b if self.direction == FORWARD else self.a


print(Dyn().output())

# Stores: replacing, adding (the shape grows), a setter.
t = Pair(1, 2)
t.set_b(3)
t.grow()
print(t.b, t.extra, t.bump(), t.bump(), t.a)


class Guarded(Pair):
    @property
    def b(self):
        return self._b

    @b.setter
    def b(self, v):
        print("setter", v)
        self._b = v


g = Guarded(1, 2)
g.set_b(9)
print(g.b, g.output())

# A global the body reads, rebound and deleted.
print(p.output())
FORWARD = 2
print(p.output(), Pair(1, 2, 2).output())
del FORWARD
try:
    p.output()
except NameError as e:
    print("NameError", e)
FORWARD = 1

# Called as a plain function, a global, a bound method kept aside, through getattr.
def pick(x, y):
    return x if x.a < y.a else y


print(pick(p, s).a, pick(s, p).a)
bound = p.output
print(bound(), getattr(p, "output")(), Pair.output(p))

# A local read before it is set.
def unset(flag):
    if flag:
        v = 1
    return v


print(unset(True))
try:
    unset(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)

# At the recursion limit, a leaf call raises as any call does.
def deep(n):
    if n == 0:
        return p.output()
    return deep(n - 1)


old = sys.getrecursionlimit()
sys.setrecursionlimit(60)
for n in (10, 200):
    try:
        print("deep", deep(n))
    except RecursionError as e:
        print("RecursionError", e)
sys.setrecursionlimit(old)

# Many calls (the site's caches warm), the result checked.
total = 0
pairs = [Pair(i, -i, i % 2) for i in range(200)]
for _ in range(5):
    for x in pairs:
        total += x.output() + x.is_forward()
print(total)

# One site serving several classes in turn, then one class after another, the classes
# changed part-way.
class A1:
    def __init__(self):
        self.v = 1


class B1:
    def __init__(self):
        self.w = 0
        self.v = 2


class C1(A1):
    def __init__(self):
        self.x = 0
        self.y = 0
        self.v = 3


def getv(o):
    return o.v


objs = [A1(), B1(), C1()]
tot = 0
for i in range(60):
    tot += getv(objs[i % 3])
    if i == 30:
        B1.extra = 1
    if i == 40:
        del objs[1].v
        objs[1].v = 20
for i in range(20):
    tot += getv(objs[2]) + getv(objs[i % 2])
print(tot)

# An error the body's fast path leaves to the frame, uncaught: the traceback names it.
Pair(1, 2).first()
