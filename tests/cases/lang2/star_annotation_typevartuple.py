# PEP 646 starred annotations on *args (`*args: *Ts`) and unpacked tuples inside subscripts.
from typing import Unpack
class Shape[*Dims]:
    def __init__(self, *dims: *Dims):
        self.dims = dims
    def __repr__(self):
        return f"Shape{self.dims}"
def stack[*Ts](*arrays: *Ts) -> tuple[*Ts]:
    return arrays
def prefix[T, *Rest](first: T, *rest: *Rest) -> tuple[T, *Rest]:
    return (first, *rest)
print(Shape(2, 3), stack(1, "a"), prefix(0, 1, 2))
print(stack.__annotations__["arrays"], stack.__annotations__["return"])
print(prefix.__annotations__["rest"], prefix.__annotations__["return"])
(Ts,) = stack.__type_params__
print(Ts, type(Ts).__name__, [*Ts], Unpack[Ts])
print(tuple[int, *tuple[str, ...]], tuple[*tuple[int, str]])
print(Shape[int, int].__args__, Shape[()].__args__)
def plain(*args: *tuple[int, str]):
    return args
print(plain.__annotations__, plain(1, "x"))
