# frozenset operations, hashing and immutability.
f = frozenset([3, 1, 2])
g = frozenset(range(2, 6))
print(sorted(f | g), sorted(f & g), sorted(f - g), sorted(f ^ g), type(f | g).__name__)
print(f.isdisjoint(g), f.issubset(range(10)), f.issuperset([1]), sorted(f.union([9], [8])), sorted(f.intersection(g, [2])))
print(hash(f) == hash(frozenset([1, 2, 3])), hash(frozenset()) == hash(frozenset([])), {f: "x"}[frozenset({1, 2, 3})])
c = f.copy()
print(c is f, c == f, frozenset(f) is f)
for name in ["add", "remove", "discard", "pop", "clear", "update"]:
    print(name, hasattr(f, name))
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
h = f
h |= {10}
print(sorted(h), sorted(f), h is f)
h2 = f
h2 -= {1}
print(sorted(h2), sorted(f))
print(frozenset("abc") == set("cba"), frozenset() == set(), frozenset([frozenset([1])]) == {frozenset({1})})
nested = frozenset([frozenset([1, 2]), frozenset([2, 1]), frozenset()])
print(len(nested), sorted(len(x) for x in nested))
print(sorted(frozenset({"b": 1, "a": 2})), sorted(frozenset("mississippi")), len(frozenset(range(1000))))
try:
    frozenset(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
print(repr(frozenset()), repr(frozenset([5])), str(frozenset([5, 6])))
