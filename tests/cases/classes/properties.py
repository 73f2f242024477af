# @property with setter and deleter.
class Circle:
    def __init__(self, r):
        self.radius = r
    @property
    def radius(self):
        return self._r
    @radius.setter
    def radius(self, value):
        if value < 0:
            raise ValueError("radius must be non-negative")
        self._r = value
    @radius.deleter
    def radius(self):
        print("deleting radius")
        del self._r
    @property
    def diameter(self):
        return self._r * 2
    @property
    def area(self):
        return round(3.14159 * self._r ** 2, 3)
c = Circle(2)
print(c.radius, c.diameter, c.area)
c.radius = 5
print(c.radius, c.diameter, c.area)
try:
    c.radius = -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    c.diameter = 3
except AttributeError as e:
    print(type(e).__name__, e)
del c.radius
print(hasattr(c, "_r"))
try:
    c.radius
except AttributeError as e:
    print(type(e).__name__, e)
