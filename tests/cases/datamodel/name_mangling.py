# Private name mangling: __x becomes _Class__x, in attributes, methods, and getattr strings.
class A:
    __secret = "class secret"
    def __init__(self):
        self.__x = 1
        self.__y__ = "dunder not mangled"
        self._z = "single underscore"
    def get(self):
        return self.__x, self.__secret
    def __private_method(self):
        return "private"
    def call(self):
        return self.__private_method()
a = A()
print(a.get(), a.call(), a.__y__, a._z)
print(sorted(vars(a)))
print(a._A__x, A._A__secret, a._A__private_method())
try:
    a.__x
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(a, "_A__x"), hasattr(a, "__x"))
class B(A):
    def __init__(self):
        super().__init__()
        self.__x = 2
    def both(self):
        return self.__x, self._A__x
b = B()
print(b.both(), sorted(vars(b)))
class _Leading:
    def __init__(self):
        self.__v = 5
print(sorted(vars(_Leading())))
class __Dunder:
    def __init__(self):
        self.__w = 6
print(sorted(vars(globals()["__Dunder"]())))
class C:
    def method(self):
        __local = 3
        return __local, [n for n in dir() if "local" in n]
print(C().method())
class D:
    def f(self):
        return getattr(self, "__hidden", "not mangled in strings")
    __hidden = 1
print(D().f(), D._D__hidden)
class E:
    __slots__ = ("__s",)
    def __init__(self):
        self.__s = "slot"
print(E()._E__s, E.__slots__)
