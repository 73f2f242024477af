# hash() of ints, bools, tuples and floats is deterministic.
for v in [0, 1, -1, -2, 42, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 10 ** 30]:
    print(v, hash(v))
print(hash(True), hash(False), hash(1.0), hash(0.5), hash(-0.5), hash(1e100))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((1.0, 2.0)), hash(None) == hash(None))
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(range(3)) == hash(range(3)))
print(type(hash((1, 2))).__name__, type(hash(frozenset())).__name__)
for bad in [[], {}, set()]:
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
