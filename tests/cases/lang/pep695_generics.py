# PEP 695 type parameters on functions and classes: TypeVar objects and __type_params__.
def first[T](items: list[T]) -> T:
    return items[0]
print(first([3, 4]), first.__type_params__)
(T,) = first.__type_params__
print(type(T).__name__, T.__name__, repr(T), T.__bound__, T.__constraints__)
print(first.__annotations__)
def bounded[N: int, S: (str, bytes)](n: N, s: S) -> tuple[N, S]:
    return n, s
N, S = bounded.__type_params__
print(repr(N), N.__bound__, repr(S), S.__constraints__, S.__bound__)
print(bounded(1, "x"))
class Box[V]:
    def __init__(self, value: V):
        self.value = value
    def get(self) -> V:
        return self.value
print(Box.__type_params__, Box(5).get(), Box.__mro__[-2].__name__ if len(Box.__mro__) > 2 else Box.__mro__)
print([c.__name__ for c in Box.__mro__])
print(Box[int], Box[int]().__class__ if False else "ok")
class Pair[A, B](Box[A]):
    pass
print(Pair.__type_params__, [c.__name__ for c in Pair.__mro__])
def variadic[*Ts, **P](*args: *Ts) -> None:
    pass
Ts, P = variadic.__type_params__
print(type(Ts).__name__, repr(Ts), type(P).__name__, repr(P), Ts.__name__, P.__name__)
def no_params():
    pass
print(no_params.__type_params__, type(no_params.__type_params__).__name__)
class Lazy[X: "Undefined"]:
    pass
(X,) = Lazy.__type_params__
try:
    print(X.__bound__)
except NameError as e:
    print("bound evaluated lazily:", e)
def scoped[T]():
    return T
print(scoped() is scoped.__type_params__[0], scoped().__name__)
try:
    T
except NameError as e:
    print("T outside is the module one:", T.__name__)
