# Class patterns with dataclasses (generated __match_args__), inheritance and keyword-only fields.
from dataclasses import dataclass, field
@dataclass
class Point:
    x: int
    y: int = 0
@dataclass
class Point3(Point):
    z: int = 0
@dataclass
class KwOnly:
    a: int
    b: int = field(default=0, kw_only=True)
print(Point.__match_args__, Point3.__match_args__, KwOnly.__match_args__)
def where(p):
    match p:
        case Point3(x, y, z) if z:
            return f"3d {x} {y} {z}"
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"x-axis {x}"
        case Point(x=0, y=y):
            return f"y-axis {y}"
        case Point(x, y):
            return f"point {x} {y}"
        case KwOnly(a, b=b):
            return f"kwonly {a} {b}"
    return "unknown"
for p in [Point(0, 0), Point(3), Point(0, 4), Point(1, 2), Point3(1, 2, 3), Point3(1, 0, 0), KwOnly(1, b=2), 7]:
    print(p, "->", where(p))
try:
    match KwOnly(1):
        case KwOnly(a, b):
            pass
except TypeError as e:
    print(type(e).__name__, e)
@dataclass(match_args=False)
class NoArgs:
    v: int
print(hasattr(NoArgs, "__match_args__"))
match NoArgs(5):
    case NoArgs(v=v):
        print("keyword works without match args", v)
class Prop:
    __match_args__ = ("area",)
    def __init__(self, w, h):
        self.w, self.h = w, h
    @property
    def area(self):
        return self.w * self.h
match Prop(3, 4):
    case Prop(12):
        print("matched a property value")
class Dyn:
    def __getattr__(self, name):
        return f"dyn-{name}"
match Dyn():
    case Dyn(anything=a, other=b):
        print(a, b)
