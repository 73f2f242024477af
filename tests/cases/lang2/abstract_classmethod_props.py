# abc with abstract classmethods/staticmethods, abstract property setters and partial implementations.
from abc import ABC, abstractmethod
class Shape(ABC):
    @classmethod
    @abstractmethod
    def from_string(cls, text): ...
    @staticmethod
    @abstractmethod
    def sides(): ...
    @property
    @abstractmethod
    def area(self): ...
    def __repr__(self):
        return f"{type(self).__name__}(area={self.area:g})"
    def __lt__(self, other):
        return self.area < other.area
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    @classmethod
    def from_string(cls, text):
        w, h = (float(p) for p in text.split("x"))
        return cls(w, h)
    @staticmethod
    def sides():
        return 4
    @property
    def area(self):
        return self.w * self.h
class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
    @classmethod
    def from_string(cls, text):
        return cls(float(text))
class Tri(Shape):
    @staticmethod
    def sides():
        return 3
print(sorted(Shape.__abstractmethods__))
print(sorted(Tri.__abstractmethods__))
shapes = [Rect.from_string("2x3.5"), Square.from_string("2"), Rect(1, 1)]
print(shapes, sorted(shapes))
print([s.sides() for s in shapes], Square.sides(), type(Square.from_string("3")).__name__)
for cls in (Shape, Tri):
    try:
        cls()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    Rect.from_string("2by3")
except ValueError as e:
    print(type(e).__name__, e)
print(getattr(Shape.area, "__isabstractmethod__", None), getattr(Rect.area, "__isabstractmethod__", None))
print(Shape.from_string.__isabstractmethod__, getattr(Rect.from_string, "__isabstractmethod__", False))
print(min(shapes), max(shapes))
