# typing: the common names as run-time objects with CPython's reprs; NamedTuple, TypedDict,
# Generic classes, get_type_hints, cast/overload/NewType.
from typing import (Any, List, Dict, Optional, Union, Tuple, Callable, TypeVar, Generic, Iterator,
                    NamedTuple, TypedDict, cast, overload, NewType, Literal, ClassVar, Set, Protocol,
                    get_type_hints, get_origin, get_args, Sequence, Mapping, TYPE_CHECKING, Type)
import typing
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Union[int, None, str], Union[int, int])
print(Tuple[int, ...], Tuple[()], Callable[[int, str], bool], Callable[..., Any], Literal["a", 1], ClassVar[int])
print(Any, List, Optional[List[int]], Sequence[str], Mapping[str, int], Type[int], Set[bytes])
print(Union[int, str] == Union[str, int], Optional[int] == Union[int, None], List[int] == List[int])
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Callable[[int], str]), get_origin(Union[int, str]))
T = TypeVar("T"); K = TypeVar("K", covariant=True)
print(T, K, List[T], Dict[str, T][int])
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int](); s.push(3); s.push(4); print(s.pop(), Stack.__mro__[-1], Stack.__parameters__)
class Emp(NamedTuple):
    name: str
    dept: str = "eng"
    def badge(self) -> str:
        return f"{self.name}@{self.dept}"
e = Emp("ann"); print(e, e.badge(), e._fields, Emp("bob", "ops") < Emp("bob", "zz"), Emp.__annotations__)
P = NamedTuple("P", [("x", int), ("y", int)]); print(P(1, 2))
class Movie(TypedDict):
    title: str
    year: int
m = Movie(title="x", year=1999); print(m, type(m), Movie.__annotations__)
UserId = NewType("UserId", int); print(UserId(5), UserId.__name__, cast(List[int], "x"))
@overload
def f(x: int) -> int: ...
def f(x): return x * 2
print(f(4), TYPE_CHECKING)
def g(a: int, b: "List[str]" = None) -> Optional[str]: ...
print(get_type_hints(g))
class A:
    x: int
    y: "Dict[str, int]"
print(get_type_hints(A))
class Shape(Protocol):
    def area(self) -> float: ...
class Sq:
    def area(self) -> float: return 4.0
print(Sq().area(), List[int] | None)
try:
    List[int]()
    Any()
except TypeError as e:
    print(e)
for src in ["Any()", "Dict()", "Tuple[int]()", "typing.Deque[int]([1])", "typing.Counter('aab')", "Union[int, str]()"]:
    try:
        print(eval(src))
    except TypeError as e:
        print(e)
from dataclasses import dataclass, fields
@dataclass
class Cfg:
    n: ClassVar[int] = 3
    name: str = "x"
    tags: List[str] = None
print(Cfg(), Cfg.n, [f.name for f in fields(Cfg)], Cfg.__doc__)
