# frozenset hashes are order-independent and deterministic for ints.
for fs in [frozenset(), frozenset({0}), frozenset({1}), frozenset({-1}), frozenset({1, 2}), frozenset({2, 1}),
           frozenset({1, 2, 3}), frozenset(range(10)), frozenset(range(100)), frozenset({2**64, -5}),
           frozenset({0.5, 1.5}), frozenset({(1, 2), (3, 4)}), frozenset({frozenset({1})})]:
    print(sorted(fs, key=repr) if len(fs) < 6 else len(fs), hash(fs))
print(hash(frozenset([1, 2, 3])) == hash(frozenset([3, 2, 1, 1])), hash(frozenset({1})) == hash(frozenset({1.0})))
a = frozenset(range(20))
b = frozenset(reversed(range(20)))
print(a == b, hash(a) == hash(b))
d = {frozenset({1, 2}): "x"}
print(d[frozenset({2, 1})], {1, 2} == frozenset({1, 2}), frozenset({1}) in {frozenset({1}), 5})
try:
    print(hash({1, 2}))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print({{1}})
except TypeError as e:
    print(type(e).__name__, e)
print(hash(frozenset({(), (1,), (1, 2)})), hash(frozenset({True, 2, 3.0})))
