# `type` statements create lazily evaluated TypeAliasType objects.
type IntList = list[int]
print(type(IntList).__name__, IntList.__name__, repr(IntList), IntList.__value__, IntList.__type_params__)
type Lazy = UndefinedYet
print("defined without evaluating")
try:
    Lazy.__value__
except NameError as e:
    print("NameError on access:", e)
UndefinedYet = "now defined"
print(Lazy.__value__)
type Pair[T] = tuple[T, T]
print(Pair.__type_params__, repr(Pair.__type_params__[0]), Pair.__value__)
print(Pair[int], type(Pair[int]).__name__)
type Tree = int | list[Tree]
print(Tree.__value__)
type Bounded[N: int] = list[N]
(N,) = Bounded.__type_params__
print(N.__bound__)
print(IntList.__module__)
try:
    IntList.__value__ = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    IntList()
except TypeError as e:
    print(type(e).__name__, e)
try:
    isinstance([], IntList)
except TypeError as e:
    print(type(e).__name__, e)
def local_alias():
    type Local = dict[str, int]
    return Local
L = local_alias()
print(L.__name__, L.__value__)
class C:
    type Member = set[int]
print(C.Member.__name__, C.Member.__value__)
type = "type is soft"
print(type)
calls = []
def make():
    calls.append("evaluated")
    return int
del type
type Counted = make()
print(calls)
print(Counted.__value__, calls)
print(Counted.__value__, calls)
