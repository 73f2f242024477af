# ABCs with __subclasshook__ for duck typing, register(), and isinstance checks in dispatch code.
from abc import ABC, abstractmethod
class Drawable(ABC):
    @abstractmethod
    def draw(self): ...
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            if any("draw" in B.__dict__ and callable(B.__dict__["draw"]) for B in C.__mro__):
                return True
        return NotImplemented
class Circle:
    def draw(self):
        return "()"
class Square(Drawable):
    def draw(self):
        return "[]"
class Text:
    draw = "not callable"
class Blob:
    pass
Drawable.register(Blob)
class Sub(Circle):
    pass
for cls in (Circle, Square, Text, Blob, Sub, int):
    print(cls.__name__, issubclass(cls, Drawable), isinstance(cls(), Drawable))
def render(items):
    out = []
    for it in items:
        if isinstance(it, Drawable) and hasattr(it, "draw") and callable(it.draw):
            out.append(it.draw())
        else:
            out.append(f"?{type(it).__name__}")
    return " ".join(out)
print(render([Circle(), Square(), Text(), Blob(), 3, Sub()]))
class Shape(Drawable):
    pass
print(issubclass(Circle, Shape), issubclass(Square, Shape))
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Drawable.register(5)
except TypeError as e:
    print(type(e).__name__, e)
print(Drawable.register(Text) is Text, issubclass(Text, Drawable))
