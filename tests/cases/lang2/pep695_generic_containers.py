# PEP 695 generic classes and functions in real container code, plus runtime introspection.
class Stack[T]:
    def __init__(self) -> None:
        self._items: list[T] = []
    def push(self, item: T) -> None:
        self._items.append(item)
    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty Stack")
        return self._items.pop()
    def __len__(self) -> int:
        return len(self._items)
    def __repr__(self) -> str:
        return f"Stack({self._items})"
class Pair[K, V]:
    def __init__(self, key: K, value: V):
        self.key, self.value = key, value
    def swap(self) -> "Pair[V, K]":
        return Pair(self.value, self.key)
    def __repr__(self):
        return f"Pair({self.key!r}, {self.value!r})"
def first[T](items: list[T], default: T | None = None) -> T | None:
    return items[0] if items else default
def largest[N: (int, float)](xs: list[N]) -> N:
    return max(xs)
def group_by[K, V](items: list[V], key) -> dict[K, list[V]]:
    out: dict[K, list[V]] = {}
    for it in items:
        out.setdefault(key(it), []).append(it)
    return out
s = Stack[int]()
for i in range(3):
    s.push(i * i)
print(s, len(s), s.pop(), s.pop(), s.pop())
try:
    s.pop()
except IndexError as e:
    print(type(e).__name__, e)
print(Pair("a", 1).swap(), first([]), first([], 0), first(["x", "y"]), largest([3, 9.5, 2]))
print(group_by(["apple", "avocado", "banana", "cherry", "blueberry"], key=lambda w: w[0]))
T, = Stack.__type_params__
print(T, type(T).__name__, T.__name__, Stack.__parameters__)
print([p.__name__ for p in Pair.__type_params__], Pair[int, str].__args__)
N, = largest.__type_params__
print(N.__constraints__, N.__bound__, first.__type_params__)
print(Stack.__orig_bases__ if hasattr(Stack, "__orig_bases__") else None)
print(Stack[int].__origin__ is Stack, repr(Stack[str]).replace("__main__.", ""))
class Bounded[T: Stack]:
    pass
print(Bounded.__type_params__[0].__bound__ is Stack)
try:
    Pair[int]
except TypeError as e:
    print(type(e).__name__, e)
