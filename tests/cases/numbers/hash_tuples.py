# Tuple hashes are deterministic (xxHash-based) for numeric contents.
items = [(), (0,), (1,), (-1,), (1, 2), (2, 1), (1, 2, 3), ((),), ((1,),), (1, (2, (3,))),
         (0.5,), (1.0,), (True,), (1 + 0j,), (2**64,), (-(2**63),), (1, 2.0, 3 + 0j), tuple(range(10)),
         tuple(range(100)), (-1, -1), (-2,), (float("inf"),), (2**61 - 1,), (0, 0, 0, 0)]
for t in items:
    print(repr(t) if len(t) < 12 else "len%d" % len(t), hash(t))
print(hash((1,)) == hash((1.0,)) == hash((True,)), hash((1, 2)) == hash((1.0, 2.0)))
print(hash(((1, 2), (3, 4))), hash((frozenset(),)), hash((frozenset({1, 2}),)))
try:
    print(hash((1, [2])))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(hash(([],)))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(hash((1, {2: 3})))
except TypeError as e:
    print(type(e).__name__, e)
class P:
    def __hash__(self):
        return -1
class Q:
    def __hash__(self):
        return 2**64 + 5
print(hash(P()), hash(Q()), hash((P(),)), hash((Q(), Q())))
class R(tuple):
    pass
print(hash(R((1, 2))) == hash((1, 2)), hash(R()) == hash(()))
