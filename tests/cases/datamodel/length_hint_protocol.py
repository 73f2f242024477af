# operator.length_hint: __len__ first, then __length_hint__, then default; validation of results.
import operator
class L:
    def __len__(self): return 5
class H:
    def __length_hint__(self): return 7
class Both:
    def __len__(self): return 1
    def __length_hint__(self): return 100
class NI:
    def __length_hint__(self): return NotImplemented
class Neither: pass
print(operator.length_hint(L()), operator.length_hint(H()), operator.length_hint(Both()))
print(operator.length_hint(NI()), operator.length_hint(NI(), 3), operator.length_hint(Neither(), 9))
print(operator.length_hint([1, 2, 3]), operator.length_hint(iter([1, 2, 3])), operator.length_hint(iter(range(10))))
it = iter([1, 2, 3])
next(it)
print(operator.length_hint(it), operator.length_hint(x for x in "abc"))
class NegHint:
    def __length_hint__(self): return -1
class StrHint:
    def __length_hint__(self): return "3"
class BadLen:
    def __len__(self): raise ValueError("len failed")
class TypeErrLen:
    def __len__(self): raise TypeError("len type error")
    def __length_hint__(self): return 4
for obj in (NegHint(), StrHint(), BadLen(), TypeErrLen()):
    try:
        print(type(obj).__name__, operator.length_hint(obj))
    except (ValueError, TypeError) as e:
        print(type(obj).__name__, type(e).__name__, e)
try:
    operator.length_hint(L(), "x")
except TypeError as e:
    print(type(e).__name__, e)
print(len(list(iter(H()))) if hasattr(H, "__iter__") else "H not iterable")
class Iter:
    def __init__(self): self.n = 3
    def __iter__(self): return self
    def __next__(self):
        if self.n == 0: raise StopIteration
        self.n -= 1
        return self.n
    def __length_hint__(self): return 1000
print(list(Iter()), operator.length_hint(Iter()))
