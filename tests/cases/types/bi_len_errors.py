# len() on many types and its error messages.
print(len(""), len("é😀"), len(b"\x00\x01"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 2}), len(frozenset()), len(range(0, 10, 3)), len(bytearray(5)), len({}.keys()))
class L:
    def __len__(self):
        return 7
print(len(L()))
for bad in [5, 1.5, None, len, iter([1]), (x for x in []), object()]:
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class Neg:
    def __len__(self):
        return -1
class Big:
    def __len__(self):
        return 2**63
class Flt:
    def __len__(self):
        return 2.0
class Idx:
    def __index__(self):
        return 3
class RetIdx:
    def __len__(self):
        return Idx()
class BoolLen:
    def __len__(self):
        return True
for obj in [Neg(), Big(), Flt(), RetIdx(), BoolLen()]:
    try:
        print(len(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    len()
except TypeError as e:
    print(type(e).__name__, e)
try:
    len([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(obj=[1])
except TypeError as e:
    print(type(e).__name__, e)
class LenOnClass:
    pass
LenOnClass.__len__ = lambda self: 4
print(len(LenOnClass()))
inst = LenOnClass()
inst.__len__ = lambda: 100
print(len(inst))
