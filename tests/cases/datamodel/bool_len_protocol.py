# __bool__ and __len__ drive truthiness; __bool__ wins; errors for bad return values.
class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("  __bool__")
        return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self):
        print("  __len__")
        return self.n
class Both:
    def __bool__(self):
        print("  Both.__bool__")
        return True
    def __len__(self):
        print("  Both.__len__")
        return 0
class Neither: pass
for obj in (B(True), B(False), L(0), L(3), Both(), Neither()):
    print(type(obj).__name__, bool(obj), not obj, "T" if obj else "F")
print([x for x in (L(0), L(1)) if x].__len__())
print(any([L(0), L(2)]), all([B(True), L(0)]))
print(B(True) and "yes", L(0) or "fallback")
class BadBool:
    def __bool__(self): return 1
class BadLen:
    def __len__(self): return -1
class StrLen:
    def __len__(self): return "3"
class HugeLen:
    def __len__(self): return 2 ** 70
class FloatLen:
    def __len__(self): return 3.0
class BoolLen:
    def __len__(self): return True
for obj in (BadBool(), BadLen(), StrLen(), HugeLen(), FloatLen()):
    for f in (bool, len):
        try:
            print(type(obj).__name__, f.__name__, f(obj))
        except (TypeError, ValueError, OverflowError) as e:
            print(type(obj).__name__, f.__name__, type(e).__name__, e)
print(len(BoolLen()), bool(BoolLen()))
try:
    len(Neither())
except TypeError as e:
    print(type(e).__name__, e)
class NoneBool:
    __bool__ = None
try:
    bool(NoneBool())
except TypeError as e:
    print(type(e).__name__, e)
class IntSubLen:
    def __len__(self):
        return True + 1
print(len(IntSubLen()))
