# Subscripted builtin types (PEP 585) and union types (PEP 604).
print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], set[str], frozenset[bytes], type[int])
print(repr(list[int]), list[int].__origin__, list[int].__args__, dict[str, int].__args__, type(list[int]).__name__)
print(list[int]() == [], list[int]("ab"), dict[str, int](a=1), tuple[int, ...]((1, 2)))
print(list[int] == list[int], list[int] == list[str], list[int] == list, isinstance([], list), hash(list[int]) == hash(list[int]))
print(int | str, int | None, type(int | str).__name__, (int | str).__args__, int | str | int, int | (str | float))
print(isinstance(1, int | str), isinstance(None, int | None), issubclass(bool, int | str), (int | str) == (str | int))
for bad in [lambda: isinstance([], list[int]), lambda: issubclass(list, list[int]), lambda: int | 5]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
import typing
print(typing.Optional[int], typing.Union[int, str], typing.List[int], typing.get_origin(list[int]), typing.get_args(dict[str, int]))
print(list[int][:0] if False else "skip", dict[str, list[int]].__args__[1].__args__)
def f(x: list[int], y: int | None = None) -> dict[str, int]:
    return {}
print(f.__annotations__)
