# A simple class with __init__, methods and attributes.
class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h
    def area(self):
        return self.w * self.h
    def perimeter(self):
        return 2 * (self.w + self.h)
    def scale(self, k):
        self.w *= k
        self.h *= k
        return self
r = Rect(3, 4)
print(r.w, r.h, r.area(), r.perimeter())
r.scale(2)
print(r.w, r.h, r.area())
print(r.scale(0.5).area())
r.color = "red"
print(r.color, sorted(vars(r)))
r2 = Rect(1, 1)
print(hasattr(r2, "color"), r2.area(), Rect.area(r2))
m = r.area
print(m(), m.__name__, m.__self__ is r)
