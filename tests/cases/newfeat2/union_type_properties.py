# types.UnionType from X | Y: flattening, dedup, equality, hashing, None handling, typing interop.
import types
import typing
u = int | str
print(u, type(u) is types.UnionType, u.__args__, u.__parameters__)
print(int | str | int, (int | str) | (str | float), int | None, None | int, (None | int).__args__)
print((int | str) == (str | int), hash(int | str) == hash(str | int), (int | str) == (int | float))
print(int | int, type(int | int).__name__, (int | str | None).__args__)
print(typing.Union[int, str] == int | str, typing.Optional[int] == int | None, typing.Union[int, str])
print(typing.get_args(int | None), typing.get_origin(int | str) is types.UnionType)
print(list[int] | None, (list[int] | dict[str, int]).__args__)
print(int | "str" if False else "skip", int | typing.List[int])
for left, right in ((int, 5), (int, "str"), (3, int)):
    try:
        print(left | right)
    except TypeError as e:
        print(type(e).__name__, e)
print(isinstance(True, int | str), isinstance(1.5, int | str), isinstance(None, int | None))
print(issubclass(bool, str | int), issubclass(float, int | str))
print(isinstance(3, (str, int | float)), isinstance([], (list | tuple, dict)))
try:
    isinstance([], list[int] | None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int | str)
except TypeError as e:
    print(type(e).__name__, e)
T = typing.TypeVar("T")
tu = T | int
d = {int | str: "a", str | int: "b"}
print(len(d), list(d.values()))
class Meta(type):
    def __or__(cls, other):
        return f"custom or with {other.__name__}"
class Special(metaclass=Meta):
    pass
print(Special | int, int | Special)
print(repr(int | None), str(bool | bytes), f"{int | float}")
print(tu, tu.__parameters__, tu[str], (list[T] | None)[bytes])
