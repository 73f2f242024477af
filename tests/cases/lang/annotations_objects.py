# __annotations__ of functions, classes and the module, and when annotations are evaluated.
import sys
x: int = 5
y: "forward"
print(__annotations__)
print("y" in globals())
def f(a: int, b: "str" = "d", *args: float, c: list[int] = None, **kw: dict) -> bool:
    return True
print(f.__annotations__)
def g(a, b):
    pass
print(g.__annotations__, type(g.__annotations__).__name__)
g.__annotations__["a"] = "added"
print(g.__annotations__)
class C:
    attr: int
    other: str = "value"
    def method(self, v: "C") -> None:
        local: int = 3
print(C.__annotations__, C.method.__annotations__)
print(hasattr(C, "attr"), C.other)
order = []
def ann(n):
    order.append(n)
    return n
def h(p: ann("param")) -> ann("return"):
    pass
print(order)
class D:
    field: ann("class field")
print(order)
def local_annotations():
    z: ann("local, never evaluated") = 1
    return z
local_annotations()
print(order)
class E(C):
    extra: float
print(E.__annotations__)
obj = C()
obj.attr = 1
try:
    del f.__annotations__
    print(f.__annotations__)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.__annotations__ = 5
except TypeError as e:
    print(type(e).__name__, e)
lam = lambda q: q
print(lam.__annotations__)
(paren): int = 1
print(__annotations__)
d = {}
d["k"]: int = 2
print(d, __annotations__)
