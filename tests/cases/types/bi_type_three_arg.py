# type() with one and three arguments.
print(type(1), type("s"), type(None), type(type), type(len), type([].append), type(lambda: 0).__name__, type(x for x in []).__name__)
Point = type("Point", (), {"x": 1, "show": lambda self: "Point(%d)" % self.x})
p = Point()
print(Point.__name__, Point.__qualname__, p.x, p.show(), type(p) is Point, Point.__bases__, Point.__mro__[-1])
class Base:
    def hello(self):
        return "hello from " + type(self).__name__
Derived = type("Derived", (Base,), {"extra": 42})
d = Derived()
print(d.hello(), d.extra, isinstance(d, Base), Derived.__bases__[0].__name__, [c.__name__ for c in Derived.__mro__])
Empty = type("Empty", (object,), {})
print(Empty.__name__, Empty().__class__.__name__, sorted(k for k in vars(Empty) if not k.startswith("__")))
for args in [("N", "notatuple", {}), ("N", (), []), (1, (), {}), ("N", (1,), {}), ("N", ()), ("N", (bool,), {})]:
    try:
        print(type(*args))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    type()
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
WithDoc = type("WithDoc", (), {"__doc__": "documented", "__module__": "custom_mod"})
print(WithDoc.__doc__, WithDoc.__module__, repr(WithDoc))
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["tag"] = "meta:" + name
        return super().__new__(mcls, name, bases, ns)
Tagged = Meta("Tagged", (), {})
print(Tagged.tag, type(Tagged).__name__, type(Tagged()).__name__)
print(type("X", (), {}) is type("X", (), {}), type.__name__, type(type(1)) is type)
