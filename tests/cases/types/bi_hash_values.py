# hash() of builtin values follows CPython's numeric hashing rules.
print(hash(0), hash(1), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(10**30), hash(True), hash(False))
print(hash(1.0), hash(1.5), hash(-0.0), hash(0.5), hash(float("inf")), hash(float("-inf")), hash(1e100), hash(2.0**70))
print(hash(1j), hash(1 + 1j), hash(complex(2, 0)) == hash(2), hash(0.1) == hash(0.1))
print(hash(None) == hash(None), hash(()) == hash(()), hash((1, 2)) == hash((1.0, 2.0)), hash(frozenset([1])) == hash(frozenset([1.0])))
for bad in [[], {}, set(), bytearray(b"x"), [1, 2], {"a": 1}]:
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class H:
    def __hash__(self):
        return 2**70
print(hash(H()) == hash(2**70), hash(H()))
class HNeg:
    def __hash__(self):
        return -1
print(hash(HNeg()))
class HBad:
    def __hash__(self):
        return "x"
try:
    hash(HBad())
except TypeError as e:
    print(type(e).__name__, e)
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)
class EqOnly:
    def __eq__(self, o):
        return True
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
print(EqOnly.__hash__)
try:
    hash()
except TypeError as e:
    print(type(e).__name__, e)
print({1: "int", 1.0: "float", True: "bool"}, {0.5: "a"}[0.5], hash(-1) == hash(-2))
