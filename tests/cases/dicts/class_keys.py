# Classes as dict and set keys: classes of metaclass type hash and compare by identity;
# a metaclass can define its own __eq__/__hash__, and an instance's __eq__ can claim to
# equal a class.
import abc


class A:
    pass


class B(A):
    pass


class Meta(type):
    def __eq__(cls, other):
        return isinstance(other, Meta) and cls.__name__.lower() == other.__name__.lower()

    def __hash__(cls):
        return hash(cls.__name__.lower())


class X(metaclass=Meta):
    pass


class x(metaclass=Meta):
    pass


class Abstract(abc.ABC):
    pass


class Anything:
    def __init__(self, h):
        self.h = h

    def __eq__(self, other):
        print("Anything.__eq__ called with", getattr(other, "__name__", other))
        return True

    def __hash__(self):
        return self.h


d = {A: "A", B: "B", int: "int", str: "str", type: "type", object: "object"}
print(d[A], d[B], d[int], d[str], d[type], d[object], d.get(list, "missing"))
print(A in d, list in d, B in {A}, B in {B}, len({A, B, A, int, int}))
d[X] = "X"
print(d[x], X == x, X is x, hash(X) == hash(x), len({X, x}))
d[Abstract] = "Abstract"
print(d[Abstract], Abstract in d, abc.ABC in d)
s = {A, B, int, X}
print(A in s, x in s, float in s, sorted(c.__name__ for c in s))
# An instance whose hash equals a class's hash, and whose __eq__ says yes.
probe = Anything(hash(A))
print(probe in {A: 1})
print(A in {probe: 1})
counts = {}
for c in [A, B, A, int, B, A, X, x]:
    counts[c] = counts.get(c, 0) + 1
print(sorted((k.__name__, v) for k, v in counts.items()))
del d[A]
print(A in d, B in d, len(d))
