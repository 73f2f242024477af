# Old-style typing.Generic with TypeVar bounds, __class_getitem__ for custom aliases, typing.Self.
from typing import Generic, TypeVar, Self, Iterator
T = TypeVar("T")
N = TypeVar("N", int, float)
B = TypeVar("B", bound="Comparable")
class Comparable:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"C({self.v})"
class SortedBag(Generic[B]):
    def __init__(self) -> None:
        self.items: list[B] = []
    def add(self, item: B) -> Self:
        self.items.append(item)
        self.items.sort()
        return self
    def __iter__(self) -> Iterator[B]:
        return iter(self.items)
bag = SortedBag[Comparable]().add(Comparable(3)).add(Comparable(1)).add(Comparable(2))
print(list(bag), type(bag).__name__, SortedBag[Comparable].__args__)
print(B.__bound__, N.__constraints__, T.__bound__, repr(B))
class Registry:
    def __class_getitem__(cls, item):
        return f"Registry of {getattr(item, '__name__', item)}"
print(Registry[int], Registry["str"], Registry[int, str])
class Table(Generic[T]):
    pass
class IntTable(Table[int]):
    pass
print(IntTable.__orig_bases__, IntTable.__mro__[1].__name__, IntTable.__parameters__)
try:
    Table[int, str]
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad(Generic[int]):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    Generic[T]()
except TypeError as e:
    print(type(e).__name__, e)
class Builder:
    def __init__(self):
        self.parts = []
    def add(self, p) -> Self:
        self.parts.append(p)
        return self
class HtmlBuilder(Builder):
    def tag(self, t) -> Self:
        return self.add(f"<{t}>")
print(HtmlBuilder().add("x").tag("b").add("y").parts, Builder.add.__annotations__)
print(int.__class_getitem__ if hasattr(int, "__class_getitem__") else "int has no __class_getitem__")
print(list.__class_getitem__(int), dict[str, list[T]][int])
