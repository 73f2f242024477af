# Subclassing tuple with __new__: immutability, namedtuple-like classes, operations return tuple.
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
    def __repr__(self):
        return f"Pair{tuple.__repr__(self)}"
p = Pair(1, 2)
print(p, p.first, p[1], len(p), isinstance(p, tuple), type(p).__name__)
a, b = p
print(a, b, p == (1, 2), hash(p) == hash((1, 2)), {p: "ok"}[(1, 2)])
for label, r in [("slice", p[:1]), ("add", p + (3,)), ("mul", p * 2), ("tuple()", tuple(p)),
                 ("sorted", sorted(p)), ("radd", (0,) + p)]:
    print(label, r, type(r).__name__)
try:
    p[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    Pair(1)
except TypeError as e:
    print(type(e).__name__, e)
class Point3(tuple):
    __slots__ = ()
    def __new__(cls, x=0, y=0, z=0):
        return tuple.__new__(cls, (x, y, z))
    x = property(lambda self: self[0])
    y = property(lambda self: self[1])
    z = property(lambda self: self[2])
    def __add__(self, o):
        return Point3(*(a + b for a, b in zip(self, o)))
q = Point3(1, 2, 3) + Point3(10, 20, 30)
print(q, q.x, q.z, type(q).__name__, Point3(), Point3(y=5))
try:
    q.w = 1
except AttributeError as e:
    print(type(e).__name__, e)
class WithInit(tuple):
    def __init__(self, items):
        print("  __init__ receives", items)
        self.n = len(items)
w = WithInit([1, 2, 3])
print(w, w.n, w.count(2), w.index(3))
class T(tuple): pass
print(T(), T("ab"), T(range(3)) < (0, 1, 3), T([1]) * 0, type(T([1]) * 1).__name__)
