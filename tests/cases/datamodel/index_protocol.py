# __index__ used by slicing, bin/hex/oct, range, operator.index, sequence indexing and repetition.
import operator
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self):
        return self.v
i2, i5 = Idx(2), Idx(5)
data = list(range(10))
print(data[i2], data[i2:i5], data[::i2], data[Idx(-1)], "abcdef"[i2], (1, 2, 3)[Idx(0)])
print(bin(i5), hex(Idx(255)), oct(Idx(8)), operator.index(i5))
print(list(range(i5)), list(range(i2, i5)), list(range(0, 10, Idx(3))), range(i5)[i2])
print("ab" * i2, [0] * Idx(3), i2 * "xy", b"z" * i2)
data[i2] = "two"
print(data[:4])
del data[Idx(0)]
print(data[:3])
print(data[slice(i2, i5)], slice(i2, i5).indices(10))
print(hasattr(Idx, "__int__"), int(Idx(7)), float(Idx(7)))
print(hex(Idx(-10)), bin(Idx(0)), oct(Idx(-8)))
print(round(2.567, Idx(2)), "abcdef".center(Idx(10), "*"), [1, 2, 3, 4].pop(Idx(1)))
class BadIdx:
    def __index__(self): return 1.5
class NoIdx: pass
for obj in (BadIdx(), NoIdx(), 2.0, "3"):
    for label, f in [("list", lambda: [1, 2, 3][obj]), ("bin", lambda: bin(obj)),
                     ("range", lambda: range(obj)), ("op.index", lambda: operator.index(obj)),
                     ("slice", lambda: [1, 2, 3][obj:])]:
        try:
            f()
        except TypeError as e:
            print(f"{type(obj).__name__:7} {label:8} {e}")
print(operator.index(True), type(operator.index(True)).__name__, [10, 20][True])
