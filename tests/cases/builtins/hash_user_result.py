# A user __hash__ result that fits in a machine word is used as is (-1 becomes -2); larger
# ints are reduced as int hashes.
class A:
    def __hash__(self): return hash((3,))
print(hash(A()), hash((3,)))
class B:
    def __eq__(self, o): return True
    __hash__ = lambda self: 12345678901234567890
print(hash(B()))
class C:
    def __init__(s, h): s.h = h
    def __hash__(self): return self.h
for h in [-1, -2, 0, 2**61, 2**63 - 1, -2**63, 2**63, 2**100, -2**70, True]:
    print(h, hash(C(h)))
