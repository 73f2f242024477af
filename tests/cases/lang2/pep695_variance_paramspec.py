# PEP 695 TypeVarTuple and ParamSpec syntax in decorators and containers; introspection at runtime.
from typing import Callable
def logged[**P, R](func: Callable[P, R]) -> Callable[P, R]:
    calls = []
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        calls.append((args, tuple(sorted(kwargs.items()))))
        return func(*args, **kwargs)
    wrapper.calls = calls
    return wrapper
@logged
def add(a: int, b: int = 0) -> int:
    return a + b
print(add(1, 2), add(5, b=7), add.calls)
P, R = logged.__type_params__
print(type(P).__name__, P.__name__, type(R).__name__, P.args, P.kwargs)
print(P.args.__origin__ is P, repr(P), repr(R))
class Record[*Ts]:
    def __init__(self, *values):
        self.values = values
    def __repr__(self):
        return f"Record{self.values}"
Ts, = Record.__type_params__
print(type(Ts).__name__, Ts.__name__, Record(1, "a", None))
print(Record[int, str].__args__, Record[()].__args__ if hasattr(Record[()], "__args__") else None)
def head_tail[H, *T](first: H, *rest) -> tuple[H, tuple[*T]]:
    return first, rest
print(head_tail(1, 2, 3), [p.__name__ for p in head_tail.__type_params__])
class Cache[K: (str, int), V]:
    def __init__(self):
        self.data: dict[K, V] = {}
    def get(self, k: K, default: V | None = None) -> V | None:
        return self.data.get(k, default)
K, V = Cache.__type_params__
print(K.__constraints__, V.__constraints__, V.__bound__, K.__covariant__, K.__contravariant__)
print(K.__infer_variance__, V.__infer_variance__)
c = Cache[str, int]()
c.data["a"] = 1
print(c.get("a"), c.get("b", -1), type(c).__name__, Cache[str, int])
def outer[T]():
    def inner[U](x: U) -> tuple[T, U]:
        return x
    return inner
inner = outer()
print(inner.__type_params__, outer.__type_params__, inner(3))
class Base[T]:
    def kind(self) -> str:
        return "base"
class Derived[T](Base[T]):
    pass
print(Derived.__mro__[1].__name__, Derived.__orig_bases__, Derived[int]().kind())
