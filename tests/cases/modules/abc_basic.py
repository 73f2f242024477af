# abc: abstract methods block instantiation until implemented; register() and
# __subclasshook__ make virtual subclasses; ABCMeta.__call__ reaches type.__call__.
from abc import ABC, ABCMeta, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self):
        return f"{self.name}: area={self.area()}"
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s
    @property
    def name(self): return "square"
class Half(Shape):
    def area(self): return 0
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(e)
sq = Square(3)
print(sq.describe(), sq.perimeter(), isinstance(sq, Shape), sorted(Shape.__abstractmethods__), Square.__abstractmethods__)
class Drawable(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            return any("draw" in B.__dict__ for B in C.__mro__)
        return NotImplemented
class Pic:
    def draw(self): return "pic"
class Text: pass
print(isinstance(Pic(), Drawable), issubclass(Text, Drawable))
class Sized2(ABC): pass
Sized2.register(list)
@Sized2.register
class Mine: pass
print(isinstance([], Sized2), issubclass(Mine, Sized2), isinstance((), Sized2), issubclass(bool, Sized2))
class Meta(type):
    count = 0
    def __call__(cls, *a, **k):
        Meta.count += 1
        return super().__call__(*a, **k)
class Tracked(metaclass=Meta):
    def __init__(self, v): self.v = v
print(Tracked(5).v, Tracked(v=6).v, Meta.count, type.__call__(Tracked, 7).v, Meta.count)
