# `type` statement aliases: lazy values, recursive JSON types, generic aliases, and misuse errors.
import typing
type JSON = dict[str, JSON] | list[JSON] | str | int | float | bool | None
type Pair[T] = tuple[T, T]
type Matrix[T: (int, float)] = list[list[T]]
type Later = ThisIsDefinedLater
print(JSON.__name__, type(JSON).__name__, JSON.__type_params__, JSON.__module__)
print(JSON.__value__)
print(Pair, Pair.__value__, Pair.__type_params__, Pair[int], Pair[int].__origin__ is Pair, Pair[int].__args__)
print(Matrix.__type_params__[0].__constraints__, Matrix[float])
try:
    Later.__value__
except NameError as e:
    print(type(e).__name__, e)
class ThisIsDefinedLater:
    pass
print(Later.__value__, Later.__value__ is ThisIsDefinedLater)
def validate(value, depth=0):
    if isinstance(value, dict):
        return all(isinstance(k, str) and validate(v, depth + 1) for k, v in value.items())
    if isinstance(value, list):
        return all(validate(v, depth + 1) for v in value)
    return isinstance(value, str | int | float | bool | type(None))
print(validate({"a": [1, 2.0, {"b": None}], "c": "x"}), validate({"a": {1: 2}}), validate([set()]))
for fn in (lambda: isinstance({}, JSON), lambda: JSON(), lambda: Pair[int, str], lambda: JSON[int]):
    try:
        print(fn())
    except TypeError as e:
        print(type(e).__name__, e)
try:
    JSON.__value__ = int
except AttributeError as e:
    print(type(e).__name__, e)
print(typing.get_origin(Pair[int]) is Pair, typing.get_args(Pair[str]))
def f(x: JSON, p: Pair[int]) -> Matrix[int]:
    return [[1]]
print(f.__annotations__)
def local_alias():
    type Local[K] = dict[K, list[K]]
    return Local, Local.__value__, Local[str]
print(local_alias())
class Holder:
    type Inner = list[int]
print(Holder.Inner, Holder.Inner.__value__, Holder.Inner.__qualname__ if hasattr(Holder.Inner, "__qualname__") else "-")
print(JSON | None, (JSON | None).__args__, hash(JSON) == hash(JSON), JSON == JSON)
ta = typing.TypeAliasType("Manual", list[str])
print(ta, ta.__value__, ta.__name__, type(ta) is type(JSON))
