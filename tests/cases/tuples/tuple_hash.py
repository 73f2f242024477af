# Hashing tuples of ints (deterministic) and equality.
print(hash((1, 2, 3)) == hash(tuple([1, 2, 3])))
print(hash(()) == hash(()), hash((1,)) != hash((2,)))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
d = {(1, 2): "a", (1, 2.0): "b"}
print(d)
print(len({(i % 3, i % 2) for i in range(12)}))
print(sorted({(i % 3, i % 2) for i in range(12)}))
key = (1, (2, 3))
store = {key: "deep"}
print(store[(1, (2, 3))])
