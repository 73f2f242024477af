# dataclasses generate __init__/__repr__/__eq__/__hash__/ordering; frozen raises FrozenInstanceError.
from dataclasses import dataclass, field, FrozenInstanceError
@dataclass
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = P(1)
print(p, p == P(1), p == P(1, 1), P.__eq__(p, 5), p.__hash__ is None if hasattr(p, "__hash__") else "n/a")
print(P.__hash__ is None)
try:
    hash(p)
except TypeError as e:
    print(type(e).__name__, e)
try:
    P()
except TypeError as e:
    print(type(e).__name__, e)
@dataclass(order=True, frozen=True)
class V:
    major: int
    minor: int = 0
vs = [V(1, 2), V(0, 9), V(1, 0)]
print(sorted(vs), V(1) < V(1, 1), V(2) >= V(1, 99), hash(V(1, 2)) == hash(V(1, 2)))
try:
    V(1).major = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del V(1).minor
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    V(1) < P(1)
except TypeError as e:
    print(type(e).__name__, e)
@dataclass
class C:
    a: int
    b: str = "s"
    def __post_init__(self):
        self.c = self.a * 2
c = C(3)
print(c, c.c, vars(c))
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1), hash(NoEq(1)) is not None)
@dataclass
class Child(C):
    d: float = 1.5
print(Child(1), Child(1, "t", 2.5).d, [f for f in Child.__dataclass_fields__])
@dataclass(repr=False)
class NoRepr:
    v: int
    def __repr__(self): return "custom"
print(NoRepr(1), P.__init__.__qualname__, P.__repr__.__qualname__)
@dataclass(slots=True)
class S:
    a: int
print(S.__slots__, S(1))
try:
    S(1).b = 2
except AttributeError as e:
    print(type(e).__name__, e)
