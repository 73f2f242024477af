# typing.Generic subclasses: subscription, __orig_bases__, __parameters__, runtime behaviour.
from typing import Generic, TypeVar, Protocol, runtime_checkable, NamedTuple
T = TypeVar("T")
K = TypeVar("K")
class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item
    def get(self) -> T:
        return self.item
b = Box(3)
ib = Box[int](4)
print(b.get(), ib.get(), type(ib).__name__, type(Box[int]).__name__ if False else "alias")
print(Box.__parameters__, Box[int].__origin__ is Box, Box[int].__args__)
class Pair(Box[K], Generic[K, T]):
    pass
print(Pair.__parameters__, Pair[int, str].__args__, Pair.__orig_bases__[0] == Box[K])
print(ib.__orig_class__ is not None, Box.__mro__[-2].__name__)
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class File:
    def close(self): pass
print(isinstance(File(), Closable), isinstance(5, Closable))
class Pt(NamedTuple):
    x: int
    y: int = 0
p = Pt(1)
print(p, p.x, p._asdict(), p._replace(y=5), isinstance(p, tuple), Pt._fields)
try:
    p.x = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Box[int, str]
except TypeError as e:
    print(type(e).__name__, e)
print(repr(T), T.__name__)
