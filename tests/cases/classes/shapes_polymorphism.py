# Polymorphism across a small shape hierarchy with an abstract-style base.
class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r}, area={self.area():.2f})"
    def __lt__(self, other):
        return self.area() < other.area()
class Square(Shape):
    sides = 4
    def __init__(self, side):
        super().__init__(f"square{side}")
        self.side = side
    def area(self):
        return self.side ** 2
class Triangle(Shape):
    sides = 3
    def __init__(self, b, h):
        super().__init__("tri")
        self.b, self.h = b, h
    def area(self):
        return self.b * self.h / 2
class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
shapes = [Square(3), Triangle(4, 5), Circle(1), Square(1.5)]
for s in shapes:
    print(s, s.sides, isinstance(s, Shape))
print(sorted(shapes))
print(max(shapes).name, sum(s.area() for s in shapes))
by_sides = {}
for s in shapes:
    by_sides.setdefault(s.sides, []).append(s.name)
print(by_sides)
try:
    Shape("abstract").area()
except NotImplementedError as e:
    print(type(e).__name__, e)
print(Square.__name__, Square.__bases__[0].__name__, Square(2).area.__qualname__)
