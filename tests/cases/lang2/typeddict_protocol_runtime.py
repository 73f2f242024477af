# TypedDict and Protocol at runtime: required keys, total=False, runtime_checkable isinstance.
from typing import TypedDict, Protocol, runtime_checkable, NotRequired, Required
class Movie(TypedDict):
    title: str
    year: int
class Options(TypedDict, total=False):
    verbose: bool
    level: Required[int]
class Review(Movie):
    stars: NotRequired[int]
m: Movie = {"title": "Alien", "year": 1979}
print(m, type(m).__name__, Movie(title="Heat", year=1995))
print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__))
print(sorted(Options.__required_keys__), sorted(Options.__optional_keys__), Options.__total__)
print(sorted(Review.__required_keys__), sorted(Review.__optional_keys__))
print(list(Review.__annotations__))
try:
    isinstance(m, Movie)
except TypeError as e:
    print(type(e).__name__, e)
@runtime_checkable
class SupportsClose(Protocol):
    def close(self) -> None: ...
class Closeable(Protocol):
    def close(self) -> None: ...
@runtime_checkable
class Sized2(Protocol):
    size: int
    def total(self) -> int: ...
class File:
    def close(self):
        return "closed"
class Box:
    size = 3
    def total(self):
        return self.size * 2
print(isinstance(File(), SupportsClose), isinstance(3, SupportsClose), isinstance(Box(), Sized2))
print(isinstance(File(), Sized2), issubclass(File, SupportsClose))
try:
    isinstance(File(), Closeable)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(Box, Sized2)
except TypeError as e:
    print(type(e).__name__, e)
def close_all(items: list[SupportsClose]) -> list[str]:
    return [it.close() for it in items if isinstance(it, SupportsClose)]
print(close_all([File(), Box(), File()]))
try:
    SupportsClose()
except TypeError as e:
    print(type(e).__name__, e)
