# Calling dunder methods of builtin types directly.
print([1, 2].__len__(), [1].__contains__(1), list.__getitem__([5, 6], 1), [5, 6].__getitem__(slice(None, None, -1)))
a = [0, 1, 2]
a.__setitem__(0, "x")
a.__setitem__(slice(1, 2), ["y", "z"])
a.__delitem__(-1)
print(a, a.__iter__().__next__(), iter(a).__length_hint__(), reversed(a).__length_hint__())
t = (1, 2, 3)
print(t.__getitem__(slice(1, 3)), t.__len__(), t.__contains__(5), t.__add__((10,))[-1], t.__mul__(0), t.__hash__() == hash(t))
print("ab".__len__(), "ab".__add__("c"), "ab".__mul__(2), "ab".__getitem__(1), "a".__eq__("a"), "a".__lt__("b"), str.__repr__("q"), "x".__contains__("x"))
print((5).__add__(3), (5).__radd__(3), (5).__sub__(1.5), int.__add__(1, 2), (1.5).__mul__(2), (7).__floordiv__(2), (2).__pow__(10), (-3).__abs__(), (5).__neg__())
print({"k": 1}.__getitem__("k"), {"k": 1}.__len__(), {"k": 1}.__contains__("k"), iter({"k": 1}).__length_hint__(), iter({"k": 1}.items()).__length_hint__())
print({1, 2}.__len__(), {1}.__contains__(1), {1}.__or__({2}), frozenset([1]).__and__({1, 3}), {1}.__eq__({1}))
print(object.__hash__ is not None, object().__eq__(1), (1).__eq__("1"), [].__eq__(()), type(object.__repr__).__name__)
class P:
    __hash__ = object.__hash__
    def __eq__(self, o):
        return True
p = P()
print(hash(p) == object.__hash__(p), {p: 1}[p], object.__repr__(p).startswith("<__main__.P object"), object.__str__(p) == object.__repr__(p))
print(int.__new__(int, 5), str.__new__(str, "s"), list.__new__(list) == [], dict.__len__({1: 2}), bool.__and__(True, False))
print(range(5).__len__(), range(5).__getitem__(2), range(5).__contains__(4), bytes.__len__(b"abc"), b"ab".__getitem__(0))
print((1).__lt__(2.5), (1).__lt__("x"), (1.0).__eq__(1), "a".__lt__(1), NotImplemented.__class__.__name__)
