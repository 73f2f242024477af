# Uncaught: instantiating an abstract class (3.12 message wording).
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
class Square(Shape):
    def area(self): return 4
print(Square.__abstractmethods__ == frozenset({"perimeter"}))
s = Square()
