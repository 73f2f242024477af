# Class decorators: order of application, returning a different object, adding attributes.
def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{type(self).__name__}({fields})"
    cls.__repr__ = __repr__
    print("add_repr on", cls.__name__)
    return cls
def tag(label):
    def deco(cls):
        print("tag", label, "on", cls.__name__)
        cls.label = label
        return cls
    return deco
@tag("outer")
@tag("inner")
@add_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Point(1, 2), Point.label)
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
@register
class A: pass
@register
class B(A): pass
print(registry)
def replace(cls):
    return "replaced " + cls.__name__
@replace
class Gone: pass
print(Gone)
def singleton(cls):
    return cls()
@singleton
class Instance:
    value = 5
print(type(Instance).__name__, Instance.value)
def decorator_sees_body(cls):
    print(sorted(k for k in cls.__dict__ if not k.startswith("__")))
    return cls
@decorator_sees_body
class Body:
    a = 1
    def b(self): pass
    c = staticmethod(len)
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self, cls):
        self.n += 1
        cls.order = self.n
        return cls
count = Counter()
@count
class C1: pass
@count
class C2: pass
print(C1.order, C2.order)
@(lambda cls: type(cls.__name__ + "X", (cls,), {}))
class Base: pass
print(Base.__name__, Base.__mro__[1].__name__)
