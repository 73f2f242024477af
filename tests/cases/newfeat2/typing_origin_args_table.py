# typing.get_origin/get_args across builtin generics, unions, typing aliases, Literal, Callable, Annotated.
import typing
import types
import collections.abc as cabc
from typing import Annotated, Callable, Literal, Optional, Union, Any
T = typing.TypeVar("T")
cases = [
    list[int], dict[str, list[int]], tuple[int, ...], tuple[()], int | str, int | None,
    Optional[str], Union[int, str, int], Union[int], typing.List[int], typing.Dict[str, int],
    Literal["a", 1, True], Callable[[int, str], bool], Callable[..., int], Annotated[int, "meta", 3],
    cabc.Iterable[T], type[int], int, Any, T, list, list[T],
]
for tp in cases:
    o = typing.get_origin(tp)
    print(repr(tp).ljust(48), "origin:", getattr(o, "__name__", o), "args:", typing.get_args(tp))
print(Union[int, str] == Union[str, int], Union[int, Union[str, float]], Optional[Optional[int]])
print(type(int | str) is types.UnionType, type(Union[int, str]).__name__, type(list[int]).__name__, type(typing.List[int]).__name__)
try:
    Union[()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    Literal[[1]]
    print("unhashable literal allowed at creation")
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance(1, Literal[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance([], typing.List[int])
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance([], typing.List), isinstance({}, typing.Mapping), issubclass(dict, typing.MutableMapping))
print(Annotated[int, "x"].__metadata__, Annotated[Annotated[int, "a"], "b"].__metadata__, Annotated[int, "x"].__origin__)
print(Literal[1, 2] == Literal[2, 1], Literal[1, 1, 2], Literal[True] == Literal[1])
