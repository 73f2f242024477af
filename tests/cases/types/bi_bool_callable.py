# bool() and callable() on many objects.
class Empty:
    pass
class WithLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class WithBool:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
class Call:
    def __call__(self):
        return 1
vals = [0, 1, -1, 0.0, -0.0, 1e-300, 0j, 1j, "", " ", "0", b"", b"\x00", [], [0], (), ((),), {}, {0: 0}, set(), frozenset([0]), None, range(0), range(1), Empty(), WithLen(0), WithLen(3), WithBool(), float("nan")]
print([bool(v) for v in vals])
print(bool(), bool(True), bool(bool), type(bool(1)).__name__, bool(2) is True, isinstance(True, int), True + True, True * 3, -True, ~True)
class BadLen:
    def __len__(self):
        return -1
class BigLen:
    def __len__(self):
        return 2**70
class StrBool:
    def __bool__(self):
        return 1
for obj in [BadLen(), BigLen(), StrBool()]:
    try:
        print(bool(obj))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    bool(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bool(x=1)
except TypeError as e:
    print(type(e).__name__, e)
print([callable(x) for x in [len, print, Empty, Empty(), Call(), Call, lambda: 0, 5, "s", str.upper, "s".upper, type, None, [].append, callable]])
try:
    callable()
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Sub(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(repr(True), str(False), f"{True}", f"{True:d}", f"{True:>5}", True.real, True.imag, (True).bit_length(), int(True), float(False))
