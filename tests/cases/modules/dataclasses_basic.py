# dataclasses: generated __init__/__repr__/__eq__/order/hash/frozen, fields, asdict, replace.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, InitVar, KW_ONLY, make_dataclass

@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)

p = Point(1, 2)
print(p, Point(3), p == Point(1, 2), p == Point(1, 3), p != (1, 2), Point.__hash__)
print([f.name for f in fields(p)], asdict(p), astuple(p), replace(p, y=9), is_dataclass(p), is_dataclass(Point), is_dataclass(5))
p.tags.append("a"); print(p, Point(0).tags is not Point(0).tags, Point.__match_args__)

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)

vs = sorted([Version(1, 2), Version(0, 9, "b"), Version(1, 0, "rc")])
print(vs, Version(1) < Version(1, 1), hash(Version(1, 2)) == hash(Version(1, 2, "x")), {Version(1), Version(1)})
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))

@dataclass
class Inv:
    name: str
    price: float
    qty: int = 1
    total: float = field(init=False, repr=False)
    scale: InitVar[float] = 1.0
    def __post_init__(self, scale):
        self.total = self.price * self.qty * scale

i = Inv("w", 2.5, 4, 2.0); print(i, i.total, [f.name for f in fields(Inv)])

@dataclass
class Base:
    a: int
    b: str = "b"
@dataclass
class Child(Base):
    c: float = 1.5
    _: KW_ONLY
    d: bool = False
print(Child(1), Child(1, "x", 2.0, d=True), Child.__match_args__)
match Child(7):
    case Child(a, b):
        print("matched", a, b)

@dataclass(unsafe_hash=True)
class H:
    v: int
print(hash(H(3)) == hash((3,)), H(3) in {H(3)})

@dataclass
class Tree:
    val: int
    kids: list = field(default_factory=list)
t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(t, asdict(t))
t2 = Tree(0); t2.kids.append(t2); print(t2)

for src in ["Point()", "Point(1, 2, [], 4)", "Point(1, z=2)", "replace(Inv('a', 1.0), total=3)", "fields(5)", "asdict(Point)"]:
    try:
        print(eval(src))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for body in ["x: int = 1\n    y: int", "x: list = []", "x = field(default=1)", "x: int = field(default=1, default_factory=int)"]:
    try:
        exec(f"@dataclass\nclass Bad:\n    {body}\n", globals())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    @dataclass(order=True, eq=False)
    class Q:
        x: int
except ValueError as e:
    print(e)
M = make_dataclass("M", [("a", int), ("b", str, field(default="z"))])
print(M(1), M(2, "q") == M(2, "q"))
@dataclass
class WithDoc:
    "My doc."
    z: int
@dataclass
class NoDoc:
    z: int
    w: str = "s"
print(WithDoc.__doc__, NoDoc.__doc__)
