# Immutability via __setattr__ overrides and frozen dataclasses; object.__setattr__ bypass; dataclass helpers.
import dataclasses
class Frozen:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)
    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is immutable (tried to set {name!r})")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}")
    def __repr__(self):
        return f"Frozen({self.x}, {self.y})"
f = Frozen(1, 2)
print(f, f.x, getattr(f, "y"))
for bad in [lambda: setattr(f, "x", 5), lambda: delattr(f, "x"), lambda: setattr(f, "z", 1)]:
    try:
        bad()
    except AttributeError as e:
        print(type(e).__name__, e)
object.__setattr__(f, "x", 99)
print(f)
@dataclasses.dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    def bump(self):
        return dataclasses.replace(self, patch=self.patch + 1)
v = Version(1, 2)
print(v, v.bump(), v < v.bump(), sorted([Version(2), Version(1, 9, 9), Version(1, 10)]), hash(v) == hash(Version(1, 2, 0)))
try:
    v.major = 3
except dataclasses.FrozenInstanceError as e:
    print(type(e).__name__, e)
print(dataclasses.asdict(v), dataclasses.astuple(v), [fl.name for fl in dataclasses.fields(v)], dataclasses.is_dataclass(v))
@dataclasses.dataclass
class Item:
    name: str
    qty: int = 1
    tags: list = dataclasses.field(default_factory=list)
a, b = Item("pen"), Item("pen")
a.tags.append("x")
print(a, b, a == b, Item("pen", 1, ["x"]) == a)
a.qty += 4
print(a, vars(a))
