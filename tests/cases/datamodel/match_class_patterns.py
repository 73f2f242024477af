# match statements with class patterns: __match_args__, keyword patterns, builtins' self-matching.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center, self.r = center, r
def describe(obj):
    match obj:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"on x-axis at {x}"
        case Point(x=0, y=y):
            return f"on y-axis at {y}"
        case Circle(Point(x, y), r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(center=Point(), r=r):
            return f"circle r={r}"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"string {s!r}"
        case [Point(), *rest]:
            return f"list starting with point, {len(rest)} more"
        case {"kind": k}:
            return f"mapping kind={k}"
        case _:
            return "unknown " + type(obj).__name__
for obj in (Point(0, 0), Point(3, 0), Point(0, 4), Point(1, 1), Circle(Point(1, 2), 20),
            Circle(Point(0, 0), 1), 5, 2.5, "hi", [Point(0, 0), 1, 2], {"kind": "k", "x": 1}, None):
    print(describe(obj))
class NoArgs:
    def __init__(self):
        self.a = 1
try:
    match NoArgs():
        case NoArgs(1):
            print("matched")
except TypeError as e:
    print(type(e).__name__, e)
class TooMany:
    __match_args__ = ("a",)
    a = 1
try:
    match TooMany():
        case TooMany(1, 2):
            print("matched")
except TypeError as e:
    print(type(e).__name__, e)
class Bad:
    __match_args__ = ["a"]
try:
    match Bad():
        case Bad(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
match Point(1, 2):
    case Point(x=1, z=3):
        print("z matched?")
    case Point(y=2):
        print("missing attribute z just fails the case")
