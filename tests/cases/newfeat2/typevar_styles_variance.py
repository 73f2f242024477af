# Classic typing.TypeVar vs PEP 695 type parameters: repr, variance, bounds, and Generic subclasses.
import typing
from typing import TypeVar, Generic, ParamSpec, TypeVarTuple
T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
T_contra = TypeVar("T_contra", contravariant=True)
Num = TypeVar("Num", int, float)
B = TypeVar("B", bound="Base")
P = ParamSpec("P")
Ts = TypeVarTuple("Ts")
for tv in (T, T_co, T_contra, Num, B):
    print(repr(tv), tv.__name__, tv.__covariant__, tv.__contravariant__, tv.__bound__, tv.__constraints__, tv.__infer_variance__)
print(repr(P), P.__name__, repr(Ts), Ts.__name__)
class Base:
    pass
print(B.__bound__)
for bad in (lambda: TypeVar("X", int), lambda: TypeVar("X", covariant=True, contravariant=True),
            lambda: TypeVar("X", int, str, bound=float)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class Box(Generic[T]):
    def __init__(self, v: T):
        self.v = v
class Reader(Generic[T_co]):
    pass
print(Box.__parameters__, Box[int], Box[int](3).v, Box[int].__origin__ is Box, Reader[str])
class New[A, B2]:
    pass
A, B2 = New.__type_params__
print(repr(A), A.__infer_variance__, A.__covariant__, New.__parameters__, New[int, str])
try:
    class Twice(Generic[T], Generic[T]):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    Box[int][str]
except TypeError as e:
    print(type(e).__name__, e)
try:
    Generic[int]
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("Generic() ->", type(Generic()).__name__)
except TypeError as e:
    print(type(e).__name__, e)
print(T == T, T == TypeVar("T"), hash(T) == hash(T), {T: 1}[T], T | int, int | T)
def sig[**Q](f: typing.Callable[Q, int]) -> typing.Callable[Q, str]: ...
print(sig.__type_params__, sig.__annotations__["f"])
class Variadic[*Shape]:
    pass
print(Variadic.__type_params__, Variadic[int, str], Variadic[()])
print(repr(P.args), repr(P.kwargs), P.args.__origin__ is P)
