# frozenset: hashable, immutable.
f = frozenset([3, 1, 2])
print(f, len(f), 1 in f, f | {4}, f & {1, 9}, type(f | {4}).__name__)
try:
    f.add(5)
except AttributeError as e:
    print(type(e).__name__, e)
d = {frozenset([1, 2]): "a", frozenset([3]): "b"}
print(d[frozenset([2, 1])], frozenset() in d)
s = {frozenset([1]), frozenset([1]), frozenset([2])}
print(len(s))
print(frozenset([1, 2]) == {1, 2}, hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(frozenset(), frozenset(range(3)), sorted(frozenset({5, 4})))
