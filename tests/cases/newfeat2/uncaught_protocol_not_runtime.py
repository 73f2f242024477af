# isinstance() against a Protocol that is not @runtime_checkable ends the program with a TypeError.
from typing import Protocol, runtime_checkable
@runtime_checkable
class Drawable(Protocol):
    def draw(self) -> str: ...
class Resizable(Protocol):
    def resize(self, factor: float) -> None: ...
class Circle:
    def draw(self):
        return "()"
    def resize(self, factor):
        pass
shapes = [Circle(), "not a shape", Circle()]
for s in shapes:
    print(type(s).__name__, isinstance(s, Drawable))
for s in shapes:
    print(type(s).__name__, isinstance(s, Resizable))
