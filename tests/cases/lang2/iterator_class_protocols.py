# A linked list with full iteration protocols: __iter__, __reversed__, __getitem__ slices, __contains__.
class Node:
    __slots__ = ("value", "prev", "next")
    def __init__(self, value):
        self.value, self.prev, self.next = value, None, None
class DList:
    def __init__(self, items=()):
        self.head = self.tail = None
        self.size = 0
        for it in items:
            self.append(it)
    def append(self, value):
        node = Node(value)
        if self.tail is None:
            self.head = self.tail = node
        else:
            node.prev, self.tail.next, self.tail = self.tail, node, node
        self.size += 1
    def __len__(self):
        return self.size
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def __reversed__(self):
        node = self.tail
        while node:
            yield node.value
            node = node.prev
    def __getitem__(self, index):
        if isinstance(index, slice):
            return DList(list(self)[index])
        if index < 0:
            index += self.size
        if not 0 <= index < self.size:
            raise IndexError("DList index out of range")
        for i, v in enumerate(self):
            if i == index:
                return v
    def __contains__(self, value):
        print(f"  (contains {value!r})")
        return any(v == value for v in self)
    def __repr__(self):
        return "DList([" + ", ".join(map(repr, self)) + "])"
    def __eq__(self, other):
        return isinstance(other, DList) and list(self) == list(other)
d = DList("abcde")
print(d, len(d), list(reversed(d)), d[1], d[-1], d[1:4], d[::-2])
print("c" in d, "z" in d)
try:
    d[10]
except IndexError as e:
    print(type(e).__name__, e)
print(sorted(d, reverse=True), max(d), "".join(d), dict(enumerate(d)))
a, *mid, z = d
print(a, mid, z, d == DList("abcde"), d == "abcde", d != DList("x"))
it = iter(d)
print(next(it), next(it), list(it), list(it))
print(list(zip(d, reversed(d))), [v for v in d if v > "b"])
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq(), list(reversed([*Seq()])))
try:
    reversed(Seq())
except TypeError as e:
    print(type(e).__name__, e)
