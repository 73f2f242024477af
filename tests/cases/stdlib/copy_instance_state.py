# copy.copy / copy.deepcopy of plain instances: attributes in order, shared and cyclic
# parts, __slots__ beside a __dict__, a __dict__ with a non-str key, __getstate__ /
# __setstate__ / __reduce__ hooks found in a base class, and the copies staying ordinary
# objects (attributes added, deleted, vars()).
import copy


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None


class Mixed:
    __slots__ = ("a", "__dict__")

    def __init__(self):
        self.a = 1
        self.b = [2]


class StateBase:
    def __getstate__(self):
        return {"v": self.v * 10}

    def __setstate__(self, st):
        self.v = st["v"] + 1


class State(StateBase):
    def __init__(self, v):
        self.v = v


class ReduceBase:
    def __reduce__(self):
        return (type(self), (self.k + 100,))


class Reduced(ReduceBase):
    def __init__(self, k):
        self.k = k


p = P(1, [2, 3])
q = copy.copy(p)
r = copy.deepcopy(p)
print(vars(q), vars(r), q.y is p.y, r.y is p.y, r.y == p.y)
p.z = 9
print(vars(p), hasattr(q, "z"), hasattr(r, "z"))
r.w = "new"
del r.x
print(vars(r), list(r.__dict__))

root = Node("root")
for i in range(3):
    c = Node("c%d" % i)
    c.parent = root
    root.children.append(c)
dup = copy.deepcopy(root)
print(dup is not root, [c.name for c in dup.children], all(c.parent is dup for c in dup.children))
print(dup.children[0] is not root.children[0], list(vars(dup.children[1])))

m = Mixed()
m2 = copy.deepcopy(m)
print(m2.a, m2.b, m2.b is m.b, vars(m2))

o = P(0, 0)
o.__dict__[5] = "five"
o2 = copy.copy(o)
o3 = copy.deepcopy(o)
print(o2.__dict__, o3.__dict__)

s = State(4)
print(copy.copy(s).v, copy.deepcopy(s).v)
print(copy.copy(Reduced(1)).k, copy.deepcopy(Reduced(2)).k)

shared = [1, 2]
a = P(shared, shared)
b = copy.deepcopy(a)
print(b.x is b.y, b.x is not shared)
many = [P(i, str(i)) for i in range(5)]
many2 = copy.deepcopy(many)
print([(m.x, m.y) for m in many2], sum(m.x for m in many2))


class Pair:
    def __init__(self):
        self.a, self.b = 1, 2

    def __getstate__(self):
        return (self.a, self.b)

    def __setstate__(self, st):
        print("setstate got", st)
        self.a, self.b = st


class OnlySlots:
    __slots__ = ("u", "v")


pp = copy.deepcopy(Pair())
print(pp.a, pp.b)
os_ = OnlySlots()
os_.u = [1]
os2 = copy.deepcopy(os_)
os3 = copy.copy(os_)
print(os2.u, os2.u is os_.u, hasattr(os2, "v"), os3.u is os_.u)
empty = P(0, 0)
del empty.x, empty.y
print(vars(copy.copy(empty)), vars(copy.deepcopy(empty)))
