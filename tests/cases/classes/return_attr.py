# `return obj.attr` (ReturnAttr): the value from the attribute cache, and every other
# kind of attribute load behind the same return: properties (Python getters), class
# attributes, __getattr__, slots (set and unset), missing attributes (with the traceback
# line), a return inside try/except, generators, lambdas, several classes at one site.
import sys


class P:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x

    @property
    def prop(self):
        return self.x * 2

    def via_prop(self):
        return self.prop

    def missing(self):
        return self.nope

    def guarded(self):
        try:
            return self.nope
        except AttributeError as e:
            return "caught: %s" % e

    def pick(self, flag):
        return self.x if flag else self.cls_attr

    cls_attr = "class value"


class Q(P):
    def __init__(self, x):
        self.y = 0
        super().__init__(x)


class G:
    def __getattr__(self, name):
        return "getattr " + name

    def get(self):
        return self.anything


class S:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1

    def get_a(self):
        return self.a

    def get_b(self):
        return self.b


def gen(o):
    yield 1
    return o.x


objs = [P(1), Q(2), P("three"), Q([4])]
for _ in range(3):
    print([o.get() for o in objs])
    print([o.via_prop() for o in objs[:2]])
    print([o.pick(True) for o in objs], [o.pick(False) for o in objs[:1]])
    print([o.guarded() for o in objs[:2]])
print(G().get())
s = S()
print(s.get_a())
try:
    s.get_b()
except AttributeError as e:
    print("AttributeError:", e)
try:
    P(0).missing()
except AttributeError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print("AttributeError:", e, "at line", tb.tb_lineno, tb.tb_frame.f_code.co_name)
g = gen(P(5))
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration value", e.value)
f = lambda o: o.x
print(f(P("lam")), f(Q("lam2")))
# An attribute changed between calls, and a class changed under the cache.
p = P(10)
print(p.get())
p.x = 11
print(p.get())
P.get_cls = lambda self: self.cls_attr
print(p.get_cls())
P.cls_attr = "changed"
print(p.get_cls(), p.pick(False))
del p.x
try:
    p.get()
except AttributeError as e:
    print("AttributeError:", e)
print(sys.getrefcount(p) > 0)
