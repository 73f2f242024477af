# Metaclass __new__ and __init__: arguments, order, modifying the namespace, return values.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith("__")), kw)
        ns["added_by_meta"] = name.lower()
        cls = super().__new__(mcls, name, bases, ns)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, "added_by_meta" in ns, kw)
        super().__init__(name, bases, ns)
class A(metaclass=Meta):
    x = 1
    def m(self): pass
class B(A, flag=True):
    y = 2
print(type(A).__name__, type(B).__name__, A.added_by_meta, B.added_by_meta, B.x)
print(isinstance(A, Meta), isinstance(A, type), issubclass(Meta, type))
class Upper(type):
    def __new__(mcls, name, bases, ns):
        new_ns = {(k.upper() if not k.startswith("__") else k): v for k, v in ns.items()}
        return super().__new__(mcls, name, bases, new_ns)
class U(metaclass=Upper):
    value = 10
    def hello(self): return "hi"
print(U.VALUE, U().HELLO(), hasattr(U, "value"))
class ReturnsOther(type):
    def __new__(mcls, name, bases, ns):
        return 42
class R(metaclass=ReturnsOther):
    pass
print(R)
def func_meta(name, bases, ns):
    print("func_meta", name, bases)
    return type(name, bases, dict(ns, made_by="func"))
class F(metaclass=func_meta):
    pass
print(F.made_by, type(F).__name__)
class Counting(type):
    count = 0
    def __init__(cls, *a, **kw):
        super().__init__(*a, **kw)
        Counting.count += 1
        cls.serial = Counting.count
class C1(metaclass=Counting): pass
class C2(C1): pass
class C3(C2): pass
print(C1.serial, C2.serial, C3.serial, Counting.count, type(C3).__name__)
try:
    class Bad(metaclass=Meta, unexpected=1):
        pass
    print("created Bad", Bad.added_by_meta)
except TypeError as e:
    print(type(e).__name__, e)
