# PEP 695 generic functions: __type_params__, TypeVar bounds/constraints, ParamSpec and TypeVarTuple.
from typing import Callable
def first[T](items: list[T]) -> T:
    return items[0]
def largest[N: (int, float)](a: N, b: N) -> N:
    return a if a >= b else b
def keyed[K: str, V](pairs: list[tuple[K, V]]) -> dict[K, V]:
    return dict(pairs)
def logged[**P, R](fn: Callable[P, R]) -> Callable[P, R]:
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        print(f"  call {fn.__name__}{args}{kwargs}")
        return fn(*args, **kwargs)
    return wrapper
def pack[*Ts](*args) -> tuple:
    return args
print(first([3, 1]), largest(2, 7.5), keyed([("a", 1), ("b", 2)]), pack(1, "x"))
print(first.__type_params__, largest.__type_params__, keyed.__type_params__)
T, = first.__type_params__
print(type(T).__name__, T.__name__, T.__bound__, T.__constraints__, T.__covariant__, T.__contravariant__, T.__infer_variance__)
N, = largest.__type_params__
print(N.__constraints__, N.__bound__)
K, V = keyed.__type_params__
print(K.__bound__, V.__bound__, repr(K), repr(V))
P, R = logged.__type_params__
print(type(P).__name__, repr(P))
Ts, = pack.__type_params__
print(type(Ts).__name__, repr(Ts), Ts.__name__)
print(first.__annotations__)
print(largest.__annotations__["a"] is N, keyed.__annotations__["return"])
def shadow[T](x: T) -> T:
    return x
print(shadow.__type_params__[0] is first.__type_params__[0], shadow(5))
print(first.__type_params__ == first.__type_params__, getattr(print, "__type_params__", "none"))
def plain():
    pass
print(plain.__type_params__)
plain.__type_params__ = (T,)
print(plain.__type_params__)
try:
    plain.__type_params__ = [T]
except TypeError as e:
    print(type(e).__name__, e)
print(P.args, P.kwargs, type(P.args).__name__)
@logged
def add(x: int, y: int = 0) -> int:
    return x + y
print(add(2, y=5))
def uses_later[T: LaterDefined](x: T) -> T:
    return x
try:
    print(uses_later.__type_params__[0].__bound__)
except NameError as e:
    print(type(e).__name__, e)
class LaterDefined:
    pass
print(uses_later.__type_params__[0].__bound__)
