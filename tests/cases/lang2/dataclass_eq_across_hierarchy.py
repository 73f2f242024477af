# Dataclass equality/ordering across parent and child classes, custom __eq__, and unsafe_hash.
from dataclasses import dataclass, field
@dataclass(order=True)
class Base:
    id: int
@dataclass(order=True)
class Child(Base):
    extra: str = ""
@dataclass(eq=False)
class Identity:
    name: str
@dataclass(unsafe_hash=True)
class Key:
    a: int
    b: list = field(hash=False, compare=False, default_factory=list)
@dataclass
class Custom:
    x: int
    def __eq__(self, other):
        return isinstance(other, Custom) and abs(self.x - other.x) <= 1
print(Base(1) == Child(1), Child(1) == Base(1), Base(1) == Base(1), Child(1, "a") == Child(1, "a"))
try:
    Base(1) < Child(2)
except TypeError as e:
    print(type(e).__name__, e)
print(Child(1, "b") > Child(1, "a"), sorted([Child(2), Child(1, "z"), Child(1, "a")]))
i1, i2 = Identity("same"), Identity("same")
print(i1 == i2, i1 == i1, len({i1, i2}), Identity.__eq__ is object.__eq__)
k1, k2 = Key(1, [1]), Key(1, [2])
print(k1 == k2, hash(k1) == hash(k2), len({k1, k2}), {k1: "v"}[k2])
print(Custom(1) == Custom(2), Custom(1) == Custom(3), Custom.__hash__)
@dataclass(frozen=True, eq=False)
class FrozenNoEq:
    v: int
print(FrozenNoEq(1) == FrozenNoEq(1), type(hash(FrozenNoEq(1))).__name__)
@dataclass
class WithClassEq:
    v: int
    __hash__ = object.__hash__
print(type(hash(WithClassEq(1))).__name__, WithClassEq(1) == WithClassEq(1))
print(Base.__lt__ is not None, "__lt__" in Child.__dict__, Child.__eq__ is Base.__eq__)
print(Base(1).__eq__(Child(1)), Base(1).__lt__(3))
