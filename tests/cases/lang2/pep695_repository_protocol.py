# A generic repository using PEP 695 classes bounded by a Protocol, with type aliases for IDs and filters.
from typing import Protocol, Callable, runtime_checkable
from dataclasses import dataclass
@runtime_checkable
class HasId(Protocol):
    id: int
type Predicate[T] = Callable[[T], bool]
type Id = int
class NotFound[T](LookupError):
    pass
class Repository[T: HasId]:
    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._items: dict[Id, T] = {}
    def add(self, item: T) -> T:
        if not isinstance(item, HasId):
            raise TypeError(f"{type(item).__name__} has no id")
        if item.id in self._items:
            raise ValueError(f"duplicate {self.kind} id {item.id}")
        self._items[item.id] = item
        return item
    def get(self, id: Id) -> T:
        try:
            return self._items[id]
        except KeyError:
            raise NotFound(f"{self.kind} {id} not found") from None
    def find(self, pred: Predicate[T]) -> list[T]:
        return [v for v in self._items.values() if pred(v)]
    def __len__(self) -> int:
        return len(self._items)
@dataclass
class Book:
    id: int
    title: str
    year: int
books = Repository[Book]("book")
for b in [Book(1, "Dune", 1965), Book(2, "Neuromancer", 1984), Book(3, "Hyperion", 1989)]:
    books.add(b)
print(len(books), books.get(2))
print([b.title for b in books.find(lambda b: b.year > 1980)])
for action in (lambda: books.add(Book(1, "Dup", 2000)), lambda: books.add("not a book"), lambda: books.get(42)):
    try:
        action()
    except (ValueError, TypeError, LookupError) as e:
        print(type(e).__name__, e, isinstance(e, NotFound))
print(Repository.__type_params__, Repository.__type_params__[0].__bound__ is HasId)
print(Predicate.__value__, Predicate[Book].__args__, Id.__value__)
print(NotFound.__mro__[1].__name__, NotFound[int].__origin__ is NotFound)
print(Repository.get.__annotations__, Repository.find.__annotations__["pred"])
