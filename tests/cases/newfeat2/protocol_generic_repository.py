# Generic Protocols with PEP 695 syntax in a repository pattern; structural typing at runtime.
from typing import Protocol, runtime_checkable
@runtime_checkable
class Repository[T](Protocol):
    def get(self, key: str) -> T | None: ...
    def put(self, key: str, value: T) -> None: ...
@runtime_checkable
class Comparable(Protocol):
    def __lt__(self, other, /) -> bool: ...
class MemoryRepo[T]:
    def __init__(self):
        self.data: dict[str, T] = {}
    def get(self, key):
        return self.data.get(key)
    def put(self, key, value):
        self.data[key] = value
class ReadOnlyRepo:
    def get(self, key):
        return None
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
def store_all[T](repo: Repository[T], items: dict[str, T]) -> int:
    if not isinstance(repo, Repository):
        raise TypeError(f"{type(repo).__name__} is not a Repository")
    for k, v in items.items():
        repo.put(k, v)
    return len(items)
def smallest[C: Comparable](items: list[C]) -> C:
    best = items[0]
    for it in items[1:]:
        if it < best:
            best = it
    return best
repo = MemoryRepo[int]()
print(store_all(repo, {"a": 1, "b": 2}), repo.get("a"), repo.get("zz"))
try:
    store_all(ReadOnlyRepo(), {"x": 1})
except TypeError as e:
    print(type(e).__name__, e)
print(isinstance(repo, Repository), isinstance(ReadOnlyRepo(), Repository), isinstance({}, Repository))
print(Repository[int], Repository.__type_params__, Repository.__parameters__)
try:
    isinstance(repo, Repository[int])
except TypeError as e:
    print(type(e).__name__, e)
print(smallest([Version("1.10.0"), Version("1.2.3"), Version("1.2.0")]), smallest([3, 1, 2]), smallest(["b", "a"]))
print(isinstance(Version("1.0"), Comparable), isinstance(object(), Comparable), isinstance(3, Comparable))
print(smallest.__type_params__[0].__bound__ is Comparable, store_all.__annotations__["repo"])
class Explicit(Repository[str]):
    def __init__(self):
        self.d = {}
    def put(self, key, value):
        self.d[key] = value.upper()
e = Explicit()
e.put("k", "v")
print(e.d, e.get("k"), isinstance(e, Repository), Explicit.__orig_bases__)
print(repo.__orig_class__)
