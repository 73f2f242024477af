# bool() of many objects, and bool arithmetic results.
for v in [0, 1, -1, 0.0, 2.5, "", "False", " ", [], [[]], (), {}, {0: 0}, set(), None, range(0), range(2), b"", b"\x00"]:
    print(repr(v), bool(v))
print(bool(), bool(True), bool(False), type(bool(1)).__name__)
class Z:
    def __bool__(self):
        return False
class L:
    def __len__(self):
        return 3
class Neither:
    pass
print(bool(Z()), bool(L()), bool(Neither()))
class Bad:
    def __bool__(self):
        return 1
try:
    bool(Bad())
except TypeError as e:
    print(type(e).__name__, e)
