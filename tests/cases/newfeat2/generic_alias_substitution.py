# types.GenericAlias: TypeVar substitution, __parameters__, construction, attribute forwarding, errors.
import types
from typing import TypeVar
K = TypeVar("K")
V = TypeVar("V")
T = TypeVar("T")
Mapping = dict[K, V]
print(Mapping, Mapping.__parameters__, Mapping[str, int], Mapping[str, int].__parameters__)
Pairs = list[tuple[K, V]]
print(Pairs.__parameters__, Pairs[str, float], Pairs[str, float].__args__)
StrKeyed = dict[str, V]
print(StrKeyed[list[T]], StrKeyed[list[T]].__parameters__, StrKeyed[list[T]][bytes])
print(list[T][int] == list[int], dict[K, K].__parameters__, dict[K, K][str])
for bad in (lambda: Mapping[int], lambda: Mapping[int, str, float], lambda: list[int][str]):
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
ga = types.GenericAlias(list, (int,))
print(ga, ga == list[int], types.GenericAlias(dict, (str, int)), types.GenericAlias(tuple, int))
print(type(list[int]) is types.GenericAlias, isinstance(list[int], types.GenericAlias), isinstance(list[int], type))
alias = dict[str, int]
print(alias.__origin__ is dict, alias.fromkeys(["a", "b"], 0), alias.__name__ if hasattr(alias, "__name__") else "-")
print(alias(a=1), type(alias(a=1)).__name__)
print(list[int].__class__, tuple[int, ...].__args__, tuple[()].__args__, tuple[int, ...][:0] if False else "")
print(hash(list[int]) == hash(list[int]), {list[int]: 1}[list[int]], list[int] != list[str])
print(type[int], type[int].__origin__, type[T][str])
print(list[list[list[int]]], list[list[int]].__args__[0].__args__)
print(repr(list["ForwardRef"]), list["X"].__args__)
try:
    list[int].append
    print("method via alias ok")
except AttributeError as e:
    print(type(e).__name__, e)
class MyList(list):
    pass
print(MyList[int], MyList[int].__origin__ is MyList, MyList[int]([1, 2]), type(MyList[int]()).__name__)
try:
    int[str]
except TypeError as e:
    print(type(e).__name__, e)
print(list[*tuple[int, str]] if False else "star skipped", list[int, str].__args__)
print(alias.__mro__ == dict.__mro__, list[int].__mro__)
