# Instance attributes through every storage path: the same names in different orders,
# many names, names added with setattr() and read with getattr(), __dict__ read and
# written, del, vars(), attribute order, and instances whose classes share nothing.
class P:
    pass


a, b = P(), P()
a.x = 1; a.y = 2
b.y = 3; b.x = 4
print(a.__dict__, b.__dict__, a.x + b.x, a.y + b.y)

big = P()
for i in range(100):
    setattr(big, f"f{i}", i)
print(len(vars(big)), big.f0, big.f99, list(vars(big))[:3], getattr(big, "f50"))

# Ever-new attribute names across many instances.
objs = []
for i in range(300):
    o = P()
    setattr(o, f"only{i}", i)
    o.common = -i
    objs.append(o)
print(sum(o.common for o in objs), getattr(objs[123], "only123"), hasattr(objs[1], "only2"))

c = P()
c.u = 1; c.v = 2; c.w = 3
del c.v
print(c.__dict__, hasattr(c, "v"))
c.v = 5
print(c.__dict__, list(vars(c)))
try:
    del c.nothing
except AttributeError as e:
    print("AttributeError:", e)

d = P()
d.k = 1
dd = d.__dict__
dd["k"] = 10
dd["new"] = 20
print(d.k, d.new, d.__dict__ is dd)
d.__dict__ = {"z": 26}
print(d.z, hasattr(d, "k"), vars(d))
try:
    d.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)


class Q:
    def __init__(self, n):
        self.n = n
        if n % 2:
            self.odd = True
        self.last = n * 2

    def total(self):
        return self.n + self.last + (1 if getattr(self, "odd", False) else 0)


qs = [Q(i) for i in range(10)]
print([q.total() for q in qs], [sorted(vars(q)) for q in qs[:2]])


class WithClassAttr:
    shared = "class"

    def m(self):
        return "method"


w = WithClassAttr()
print(w.shared, w.m())
w.shared = "instance"
w.m = lambda: "shadowed"
print(w.shared, w.m(), WithClassAttr.shared, WithClassAttr().m())
del w.m
print(w.m())


class Slotted:
    __slots__ = ("a", "__dict__")


s = Slotted()
s.a = 1
s.b = 2
print(s.a, s.b, vars(s))


class Cyc:
    pass


import gc
for i in range(1000):
    x = Cyc(); y = Cyc()
    x.other = y; y.other = x
    x.payload = [i]
del x, y
print(gc.collect() >= 0)
