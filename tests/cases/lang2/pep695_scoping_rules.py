# Scoping of PEP 695 type parameters: annotation scopes, class-level names, lazy bounds and shadowing.
T = "module T"
class Box[T]:
    label = "box"
    def get(self) -> T:
        return T
    items: list[T]
print(T, Box().get().__name__, type(Box().get()).__name__)
print(Box.__annotations__["items"], Box.get.__annotations__["return"])
def ident[T](x: T) -> T:
    return x
print(ident.__annotations__, ident(5), T)
try:
    class Lazy[T: UndefinedBound]:
        pass
    (L,) = Lazy.__type_params__
    try:
        L.__bound__
    except NameError as e:
        print(type(e).__name__, e)
    UndefinedBound = int
    print(L.__bound__)
except NameError as e:
    print("bound evaluated eagerly:", e)
class Outer:
    alias = "outer alias"
    class Inner[U]:
        def where(self):
            return "inner"
    def method[V](self, v: V) -> V:
        return v
print(Outer.Inner.__type_params__, Outer().method.__type_params__, Outer().method("m"))
x = "global x"
class Scope:
    x = "class x"
    type A = list[x]
    def m[Q](self) -> x:
        return x
print(Scope.A.__value__, Scope.m.__annotations__["return"], Scope().m())
def f[T](): ...
def g[T](): ...
print(f.__type_params__[0] is g.__type_params__[0], f.__type_params__[0] == g.__type_params__[0])
type Alias[A, B] = dict[A, list[B]]
print(Alias[int, str], Alias.__type_params__, Alias[int, str].__value__ if hasattr(Alias[int, str], "__value__") else "no __value__ on subscript")
def uses_class_var():
    class K[T]:
        y = 10
        type Z = list[T]
    return K.Z.__value__, K.__type_params__
print(uses_class_var())
try:
    exec("class Dup[T, T]: pass")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec("def nonlocal_tp[T]():\n    def inner():\n        nonlocal T\n    return inner")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
