# Defining __eq__ sets __hash__ to None; explicit __hash__ restores; inheritance of the rule.
class Plain: pass
class EqOnly:
    def __eq__(self, o):
        return True
class EqAndHash:
    def __eq__(self, o):
        return isinstance(o, EqAndHash)
    def __hash__(self):
        return 42
class HashNone:
    __hash__ = None
class Child(EqAndHash):
    def __eq__(self, o):
        return False
class Child2(EqAndHash):
    pass
for cls in (Plain, EqOnly, EqAndHash, HashNone, Child, Child2):
    print(cls.__name__, "__hash__" in cls.__dict__, cls.__dict__.get("__hash__", "absent") is None)
    try:
        h = hash(cls())
        print("  hashable", h if cls in (EqAndHash, Child2) else type(h).__name__)
    except TypeError as e:
        print("  TypeError:", e)
try:
    {EqOnly(): 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly()}
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2].index(EqOnly())
    print("list ops do not need hashing")
except TypeError as e:
    print(e)
print(hash(Plain()) == hash(Plain()) or True)
p = Plain()
print(hash(p) == hash(p), p == p, p != Plain())
class Big:
    def __hash__(self):
        return 2 ** 100
print(hash(Big()) == hash(2 ** 100))
class NonIntHash:
    def __hash__(self):
        return "str"
try:
    hash(NonIntHash())
except TypeError as e:
    print(type(e).__name__, e)
class MinusOne:
    def __hash__(self):
        return -1
print(hash(MinusOne()))
class BoolHash:
    def __hash__(self):
        return True
print(hash(BoolHash()))
class HashInherit(EqOnly):
    def __hash__(self):
        return 7
print(hash(HashInherit()), len({HashInherit(), HashInherit()}))
