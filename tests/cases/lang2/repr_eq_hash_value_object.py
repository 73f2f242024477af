# A hand-written value object: __repr__, __eq__, __hash__, __bool__ and __format__ used in containers.
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"{type(self).__name__}({self.x!r}, {self.y!r})"
    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __bool__(self):
        return bool(self.x or self.y)
    def __format__(self, spec):
        if not spec:
            return repr(self)
        return f"<{self.x:{spec}}, {self.y:{spec}}>"
    def __iter__(self):
        yield self.x
        yield self.y
class Point3(Point):
    __slots__ = ("z",)
    def __init__(self, x, y, z=0):
        super().__init__(x, y)
        self.z = z
pts = [Point(1, 2), Point(0, 0), Point(1, 2), Point(2.5, -1)]
print(pts, len(set(pts)))
print([bool(p) for p in pts])
print(f"{pts[3]:.2f} {pts[0]:>4} {pts[1]}")
print(Point(1, 2) == Point3(1, 2), Point(1, 2) != Point3(1, 2), Point(1, 2) == (1, 2))
print(Point(1, 2) in pts, pts.index(Point(2.5, -1)), pts.count(Point(1, 2)))
x, y = Point(7, 8)
print(x, y, dict.fromkeys(pts, 0))
try:
    Point(1, 2).z = 3
except AttributeError as e:
    print(type(e).__name__, e)
p3 = Point3(1, 2, 3)
print(p3, list(p3), p3.z)
try:
    hash(Point([1], 2))
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(pts, key=lambda p: (p.x, p.y)))
print(Point.__eq__(Point(1, 1), 5), max(pts, key=lambda p: p.x))
