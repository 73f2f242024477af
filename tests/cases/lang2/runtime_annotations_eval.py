# Annotations evaluated at runtime: unions, generic aliases, Callable, get_type_hints with forward refs.
from typing import Callable, Optional, Union, get_type_hints, get_origin, get_args, Literal, Annotated, Any
import types
def handler(x: int | None, cb: Callable[[int, str], bool], *rest: list[int], **kw: dict[str, "Node"]) -> Optional[str]:
    return None
class Node:
    value: int
    children: "list[Node]"
    parent: Optional["Node"] = None
    def walk(self, visit: Callable[..., None]) -> None: ...
print(handler.__annotations__["x"], type(handler.__annotations__["x"]).__name__)
print(handler.__annotations__["cb"])
print(handler.__annotations__["rest"], handler.__annotations__["kw"], handler.__annotations__["return"])
hints = get_type_hints(handler)
print(hints["kw"], hints["return"])
print(get_type_hints(Node))
u = int | str | None
print(u, get_args(u), get_origin(u) is types.UnionType, isinstance(3, u), isinstance(3.0, u))
print(int | str == str | int, (int | int), Union[int, str] == (int | str), Optional[int])
g = list[dict[str, int]]
print(g, get_origin(g), get_args(g), g.__origin__, type(g).__name__)
print(isinstance([], list[int]) if False else "skip", list[int]() == [])
try:
    isinstance([], list[int])
except TypeError as e:
    print(type(e).__name__, e)
c = Callable[[int], str]
print(get_origin(c), get_args(c), Callable[..., int])
lit = Literal["r", "w"]
print(lit, get_args(lit), Annotated[int, "positive"], get_args(Annotated[int, "meta"]))
print(tuple[int, ...], dict[str, Any], type[int], get_args(tuple[()]))
def f(a: "undefined_name") -> "also": ...
print(f.__annotations__)
try:
    get_type_hints(f)
except NameError as e:
    print(type(e).__name__, e)
x: int = 5
print(__annotations__)
