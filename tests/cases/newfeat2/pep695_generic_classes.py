# PEP 695 generic classes: implicit Generic base, subscription, __orig_class__, inheritance and methods.
import typing
class Stack[T]:
    def __init__(self) -> None:
        self.items: list[T] = []
    def push(self, item: T) -> "Stack[T]":
        self.items.append(item)
        return self
    def pop(self) -> T:
        if not self.items:
            raise IndexError("pop from empty Stack")
        return self.items.pop()
    def __repr__(self) -> str:
        return f"Stack({self.items})"
class Pair[K, V]:
    def __init__(self, key: K, value: V):
        self.key, self.value = key, value
    def swap(self) -> "Pair[V, K]":
        return Pair(self.value, self.key)
    def __repr__(self):
        return f"Pair({self.key!r}, {self.value!r})"
s = Stack[int]()
s.push(1).push(2)
print(s, s.pop(), s, type(s).__name__)
try:
    Stack().pop(); Stack().pop()
except IndexError as e:
    print(type(e).__name__, e)
print(Stack.__type_params__, Stack.__parameters__, Pair.__type_params__)
print(Stack.__mro__)
print(Stack.__orig_bases__ if hasattr(Stack, "__orig_bases__") else "no orig bases")
print(Stack[int], Stack[int].__origin__ is Stack, Stack[int].__args__, Pair[str, int])
print(Pair(1, "a").swap())
for bad in (lambda: Stack[int, str], lambda: Pair[int]):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
class IntStack(Stack[int]):
    def total(self):
        return sum(self.items)
i = IntStack().push(3).push(4)
print(i.total(), IntStack.__orig_bases__, IntStack.__parameters__, isinstance(i, Stack))
class Keyed[K](Pair[K, str]):
    pass
print(Keyed.__parameters__, Keyed.__orig_bases__, Keyed[int])
print(typing.Generic in Stack.__mro__, isinstance(s, typing.Generic))
class Bounded[T: (int, str)]:
    def __init__(self, v: T):
        self.v = v
print(Bounded.__type_params__[0].__constraints__, Bounded("x").v, Bounded[float])
class Node[T]:
    def __init__(self, value: T, children: "list[Node[T]] | None" = None):
        self.value, self.children = value, children or []
    def walk(self):
        yield self.value
        for c in self.children:
            yield from c.walk()
tree = Node(1, [Node(2, [Node(4)]), Node(3)])
print(list(tree.walk()), Node.__init__.__annotations__)
try:
    class Bad[T](typing.Generic[T]):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(s.__orig_class__, Pair[str, int]("k", 2).__orig_class__, hasattr(Stack(), "__orig_class__"))
