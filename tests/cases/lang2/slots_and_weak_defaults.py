# __slots__ in a class hierarchy combined with class attributes, properties and defaults.
class Vector:
    __slots__ = ("_data",)
    dims = 0
    def __init__(self, *coords):
        if self.dims and len(coords) != self.dims:
            raise ValueError(f"{type(self).__name__} needs {self.dims} coords, got {len(coords)}")
        self._data = tuple(coords)
    @property
    def norm2(self):
        return sum(c * c for c in self._data)
    def __add__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return type(self)(*(a + b for a, b in zip(self._data, other._data)))
    def __mul__(self, k):
        return type(self)(*(a * k for a in self._data))
    __rmul__ = __mul__
    def __repr__(self):
        return f"{type(self).__name__}{self._data}"
class Vec2(Vector):
    __slots__ = ()
    dims = 2
class Vec3(Vector):
    __slots__ = ("label",)
    dims = 3
v = Vec2(1, 2) + Vec2(3, 4)
print(v, v.norm2, 3 * v, v * 2)
try:
    Vec2(1, 2, 3)
except ValueError as e:
    print(e)
try:
    Vec2(1, 2) + Vec3(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
w = Vec3(1, 1, 1)
w.label = "unit-ish"
print(w, w.label)
try:
    v.label = "nope"
except AttributeError as e:
    print(type(e).__name__, e)
try:
    v.norm2 = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    print(Vec3(0, 0, 0).label)
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(v, "__dict__"), hasattr(w, "__dict__"), Vector.__slots__, Vec3.__slots__)
print(type(Vector.__dict__["_data"]).__name__, Vec2.dims, Vector(1, 2, 3, 4))
