# Sequence iteration fallback via __getitem__ with IndexError; iter(callable, sentinel).
class Seq:
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        print("  getitem", i)
        if i >= self.n:
            raise IndexError(i)
        return i * 10
print(list(Seq(3)))
print(3 in Seq(0), 10 in Seq(3))
it = iter(Seq(2))
print(type(it).__name__, next(it), next(it), next(it, "end"))
a, b = Seq(2)
print(a, b)
class StopEarly:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopEarly()))
class KeyErr:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErr())
except KeyError as e:
    print(type(e).__name__, e)
class Mapping:
    def __getitem__(self, k):
        return {"a": 1}[k]
try:
    list(Mapping())
except KeyError as e:
    print(type(e).__name__, e)
class IterNoneGetitem:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(IterNoneGetitem())
except TypeError as e:
    print(type(e).__name__, e)
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(Seq(3), reverse=True))
print(list(reversed([x for x in Seq(2)])))
