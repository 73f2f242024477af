# __prepare__ supplies the class namespace mapping; it receives keywords; order is recorded.
class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        if not k.startswith("__"):
            self.order.append(k)
        super().__setitem__(k, v)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("__prepare__", name, [b.__name__ for b in bases], kw)
        return Recorder()
    def __new__(mcls, name, bases, ns, **kw):
        print("namespace type", type(ns).__name__, ns.order)
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = ns.order
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class A(metaclass=Meta, option="x"):
    zeta = 1
    alpha = 2
    def mid(self): pass
    zeta = 3
print(A.order, A.zeta)
class Default(dict):
    def __missing__(self, key):
        if key.startswith("auto_"):
            return key[5:]
        raise KeyError(key)
class AutoMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Default()
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))
class B(metaclass=AutoMeta):
    x = auto_hello
    y = auto_world + "!"
print(B.x, B.y)
print(type.__prepare__("X", ()), type(type.__prepare__()).__name__)
class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class C(metaclass=BadPrepare):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Once(dict):
    def __setitem__(self, k, v):
        if k in self and not k.startswith("__"):
            raise TypeError(f"duplicate definition of {k!r}")
        super().__setitem__(k, v)
class OnceMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Once()
try:
    class D(metaclass=OnceMeta):
        def f(self): pass
        def f(self): pass
except TypeError as e:
    print(type(e).__name__, e)
