# reversed(), len(), and `in` on builtin and user-defined containers used in a ring buffer.
class Ring:
    def __init__(self, cap):
        self.buf = [None] * cap
        self.start = 0
        self.n = 0
    def push(self, x):
        i = (self.start + self.n) % len(self.buf)
        if self.n == len(self.buf):
            self.buf[self.start] = x
            self.start = (self.start + 1) % len(self.buf)
        else:
            self.buf[i] = x
            self.n += 1
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if not -self.n <= i < self.n:
            raise IndexError("ring index out of range")
        return self.buf[(self.start + i % self.n) % len(self.buf)]
    def __contains__(self, x):
        print("  (contains called)")
        return any(self[i] == x for i in range(self.n))
r = Ring(3)
for v in range(5):
    r.push(v)
    print(len(r), list(r), list(reversed(r)))
print(4 in r, 0 in r, r[-1], r[0])
try:
    r[3]
except IndexError as e:
    print(type(e).__name__, e)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))), list(reversed({"a": 1, "b": 2})))
print(list(reversed({"a": 1, "b": 2}.items())), list(reversed({"a": 1}.values())), "".join(reversed("héllo")), bytes(reversed(b"abc")))
rv = reversed([1, 2, 3])
print(next(rv), list(rv), type(reversed([])).__name__, type(reversed(range(2))).__name__)
for bad in [lambda: reversed({1, 2}), lambda: reversed(iter([1])), lambda: reversed(5), lambda: len(5), lambda: len(iter([]))]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
class Neg:
    def __len__(self):
        return -1
class Big:
    def __len__(self):
        return 2 ** 70
for c in [Neg, Big]:
    try:
        len(c())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(len("héllo"), len(b"h\xc3\xa9"), len({1: 2}), len(range(0, 10, 3)), len([[]]), len(""), len(frozenset("aab")))
print(3 in [1, 2, 3], "ll" in "hello", b"ll" in b"hello", 108 in b"hello", "a" in {"a": 1}, 1 in {1: 2}.values(), (1, 2) in {(1, 2)})
