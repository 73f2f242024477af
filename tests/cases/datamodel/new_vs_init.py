# __new__ vs __init__: __init__ runs only if __new__ returns an instance of the class (or subclass).
class A:
    def __new__(cls, *args):
        print("A.__new__", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        print("A.__init__", args)
a = A(1, 2)
class Other:
    def __init__(self):
        print("Other.__init__ never via B")
class B:
    def __new__(cls):
        print("B.__new__ returns Other")
        return Other.__new__(Other)
    def __init__(self):
        print("B.__init__ not called")
b = B()
print(type(b).__name__)
class Sub(A):
    pass
class Factory:
    def __new__(cls, kind):
        if kind == "sub":
            return super().__new__(FactorySub)
        return super().__new__(cls)
    def __init__(self, kind):
        print("Factory.__init__", type(self).__name__, kind)
class FactorySub(Factory):
    def __init__(self, kind):
        print("FactorySub.__init__", kind)
print(type(Factory("base")).__name__, type(Factory("sub")).__name__)
class Cache:
    _cache = {}
    def __new__(cls, key):
        if key in cls._cache:
            return cls._cache[key]
        obj = super().__new__(cls)
        cls._cache[key] = obj
        return obj
    def __init__(self, key):
        print("Cache.__init__", key)
        self.key = key
c1 = Cache("k")
c2 = Cache("k")
print(c1 is c2)
class NoneNew:
    def __new__(cls):
        return None
    def __init__(self):
        print("never")
print(NoneNew())
print(type(A.__dict__["__new__"]).__name__)
class ExplicitStatic:
    @staticmethod
    def __new__(cls):
        return object.__new__(cls)
print(type(ExplicitStatic()).__name__)
s = Sub(9)
print(type(s).__name__)
