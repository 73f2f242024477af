# Hash values wider than 48 bits come back whole: sys.hash_info's modulus, and the hash of
# a weak reference (its referent's, an address-based hash for a plain object).
import sys
import weakref

print(sys.hash_info.modulus, sys.hash_info.modulus == 2**61 - 1, sys.hash_info.inf)
print(sys.hash_info.width, sys.hash_info.algorithm)


class A:
    pass


objs = [A() for _ in range(5)]
refs = [weakref.ref(o) for o in objs]
print(all(hash(r) == hash(o) for r, o in zip(refs, objs)))
print(all(hash(r) == hash(r) for r in refs))
s = "a string key"
print(hash(weakref.ref(A)) == hash(A), len({r: 1 for r in refs}))
big = 2**60 + 12345
print(hash(big) == big % (2**61 - 1), hash(-big) == -(big % (2**61 - 1)))
