# == and != between instances of classes that do not define __eq__ or __ne__ come to
# identity; a class anywhere in the MRO defining either (or one assigned or deleted
# later) is called, and subclasses of builtin types compare their values.


class Base:
    pass


class C(Base):
    def __init__(self, i):
        self.i = i


class Slotted:
    __slots__ = ("x",)


class WithEq:
    def __eq__(self, other):
        return isinstance(other, WithEq)

    __hash__ = object.__hash__


class Sub(WithEq):
    pass


class OnlyNe:
    def __ne__(self, other):
        return "ne called"


class NotImpl:
    def __eq__(self, other):
        return NotImplemented


objs = [C(i) for i in range(20)]
print([objs.index(o) for o in objs[::3]])
print(objs[4] in objs, C(4) in objs, objs.count(objs[2]), objs.count(C(2)))
a, b = C(1), C(1)
print(a == a, a == b, a != a, a != b, a == Slotted(), Slotted() != a)
s = Slotted()
print(s == s, s != s, s == Slotted())
print(WithEq() == WithEq(), Sub() == WithEq(), WithEq() == C(1), C(1) == Sub())
print([WithEq()].index(Sub()), Sub() in [C(0), WithEq()])
print(OnlyNe() == OnlyNe(), OnlyNe() != OnlyNe(), C(0) != OnlyNe(), OnlyNe() != C(0))
n = NotImpl()
print(n == n, n == NotImpl(), n != NotImpl(), C(0) == n)
e1, e2 = ValueError(1), ValueError(1)
print(e1 == e1, e1 == e2, e1 != e2)

# Methods assigned and deleted later.
C.__eq__ = lambda self, other: True
print(C(1) == C(2), objs.index(C(5)), C(1) != C(2))
Base.__ne__ = lambda self, other: "base ne"
del C.__eq__
print(C(1) == C(2), C(1) != C(2))
del Base.__ne__
print(C(1) == C(2), C(1) != C(2))


# Subclasses of builtin types compare their values.
class D(dict):
    pass


class L(list):
    pass


class S(str):
    pass


print(D(a=1) == D(a=1), D() != D(), L([1]) == L([1]), L() == [], S("x") == S("x"))


# A metaclass defining __eq__ affects classes, not their instances.
class Meta(type):
    def __eq__(cls, other):
        return True

    __hash__ = type.__hash__


class M(metaclass=Meta):
    pass


print(M == int, M() == M(), M() != M())
