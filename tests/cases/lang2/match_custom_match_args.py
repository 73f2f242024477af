# Class patterns against hand-written classes with __match_args__, properties, and inheritance.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
class Circle:
    __match_args__ = ("center", "radius")
    def __init__(self, center, radius):
        self.center, self.radius = center, radius
    @property
    def area(self):
        return round(3.14159 * self.radius ** 2, 2)
class NoArgs:
    def __init__(self):
        self.value = 1
def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z=0):
            return f"3d on plane at {x},{y}"
        case Point(0, 0):
            return "origin"
        case Point(0, y) | Point(y, 0):
            return f"on an axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Circle(Point(x, y), r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(center=Point(), area=a):
            return f"circle area {a}"
        case Point():
            return "somewhere"
        case _:
            return "not a point"
for v in [Point(0, 0), Point(0, 5), Point(7, 0), Point(2, 2), Point(1, 3), Point3(0, 0, 0), Point3(1, 2, 0),
          Point3(1, 2, 3), Circle(Point(1, 1), 20), Circle(Point(0, 0), 2), Circle((0, 0), 2), "pt"]:
    print(type(v).__name__, "->", where(v))
def strict(v):
    match v:
        case NoArgs(value=1):
            return "keyword ok"
        case NoArgs(1):
            return "positional?"
try:
    print(strict(NoArgs()))
    class Other(NoArgs):
        pass
    o = Other()
    o.value = 2
    print(strict(o))
except TypeError as e:
    print(type(e).__name__, e)
def too_many(v):
    match v:
        case Point(1, 2, 3):
            return "three"
try:
    too_many(Point(1, 2))
except TypeError as e:
    print(type(e).__name__, e)
class Bad:
    __match_args__ = ["a"]
try:
    match Bad():
        case Bad(x):
            pass
except TypeError as e:
    print(type(e).__name__, e)
