# Three-argument type(): name, bases, namespace; methods, __init_subclass__, errors.
def init(self, v):
    self.v = v
Point = type("Point", (), {"__init__": init, "double": lambda self: self.v * 2, "kind": "pt"})
p = Point(4)
print(Point.__name__, Point.__qualname__, Point.__module__, p.double(), Point.kind, p.v)
print(Point.__bases__ == (object,), type(Point).__name__)
Sub = type("Sub", (Point,), {"double": lambda self: "sub " + str(Point.double(self))})
print(Sub(3).double(), [c.__name__ for c in Sub.__mro__])
Empty = type("Empty", (), {})
print(Empty.__name__, Empty().__class__ is Empty)
Q = type("Q", (), {"__qualname__": "Custom.Q", "__doc__": "Q doc"})
print(Q.__name__, Q.__qualname__, Q.__doc__)
print(type(5).__name__, type("s") is str, type(type) is type)
for args in [(), ("a", "b"), ("a", (), {}, 1), (1, (), {}), ("N", [], {}), ("N", (), []), ("N", (1,), {})]:
    try:
        print(type(*args))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    type("X", (bool,), {})
except TypeError as e:
    print(type(e).__name__, e)
Slotted = type("Slotted", (), {"__slots__": ("a",)})
s = Slotted()
s.a = 1
try:
    s.b = 2
except AttributeError as e:
    print(type(e).__name__, e)
WithKw = type("WithKw", (), {}, **{})
print(WithKw.__name__)
Dyn = type("Dyn", (), {"x": 1})
Dyn.y = 2
Dyn.__name__ = "Renamed"
print(Dyn.__name__, Dyn.__qualname__, Dyn.x, Dyn.y)
try:
    Dyn.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
