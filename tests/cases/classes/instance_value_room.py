# Instance attribute values kept in the instance's own allocation: the first instance of
# a class, later ones given room for as many as the widest had, instances that outgrow
# that room, __dict__ made from them, slots, weak references and cycles.
import gc
import weakref


class P:
    def __init__(self, n):
        for k in range(n):
            setattr(self, "a%d" % k, k * 10)


first = P(3)
later = [P(3) for _ in range(5)]
print([vars(p) for p in later[:2]])
# Outgrow the room the class gave: 3 values, then 9.
big = P(3)
for k in range(3, 9):
    setattr(big, "a%d" % k, k)
print(sorted(vars(big).items()))
print(big.a0, big.a2, big.a8)
# More than any instance had: a fresh one made after gets room for nine.
fresh = P(9)
print(fresh.a8, len(fresh.__dict__))
fresh.extra = "x"
print(fresh.extra, len(vars(fresh)))
# Deleting makes a real dict; reading goes on working.
del later[0].a1
print(later[0].__dict__, hasattr(later[0], "a1"))
later[1].__dict__ = {"z": 26}
print(later[1].z, hasattr(later[1], "a0"))
later[2].__dict__["q"] = 5
print(later[2].q, later[2].a2)


class Many:
    pass


m = Many()
for k in range(60):
    setattr(m, "m%d" % k, k)
m2 = Many()
for k in range(60):
    setattr(m2, "m%d" % k, -k)
print(sum(vars(m).values()), sum(vars(m2).values()), m2.m59)


class S:
    __slots__ = ("a", "b", "c")

    def __init__(self):
        self.a = 1
        self.c = 3


s = S()
print(s.a, s.c, hasattr(s, "b"))
s.b = 2
del s.a
print(hasattr(s, "a"), s.b)
try:
    s.d = 4
except AttributeError as e:
    print("AttributeError", e)

WideSlots = type("WideSlots", (), {"__slots__": tuple("s%d" % k for k in range(70))})
w = WideSlots()
w.s69 = 69
w.s0 = 0
print(w.s69, w.s0, hasattr(w, "s5"))


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


refs = []
for k in range(200):
    a, b = Node("a%d" % k), Node("b%d" % k)
    a.other, b.other = b, a
    refs.append(weakref.ref(a))
    many = [weakref.ref(b) for _ in range(3)]
del a, b, many
gc.collect()
print(sum(r() is None for r in refs))

keep = Node("keep")
wr = [weakref.ref(keep) for _ in range(1000)]
print(all(r() is keep for r in wr), weakref.getweakrefcount(keep))
del wr
print(weakref.getweakrefcount(keep), keep.name)
