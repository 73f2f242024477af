# Subclassing set and frozenset: operators return base types, __init__/__new__, hashing.
class S(set):
    def describe(self):
        return f"S with {len(self)}"
s = S([3, 1, 2])
print(sorted(s), s.describe(), isinstance(s, set), type(s).__name__)
for label, r in [("or", s | {9}), ("and", s & {1}), ("sub", s - {1}), ("xor", s ^ {1, 5}),
                 ("union", s.union([7])), ("copy", s.copy()), ("ror", {9} | s)]:
    print(label, sorted(r), type(r).__name__)
orig = s
s |= {4}
print(sorted(s), type(s).__name__, s is orig)
s.add(10)
s.discard(1)
print(sorted(s), 10 in s, len(s))
try:
    hash(s)
except TypeError as e:
    print(type(e).__name__, e)
class FS(frozenset):
    def __new__(cls, *items):
        return super().__new__(cls, items)
f = FS(1, 2, 2)
print(sorted(f), type(f).__name__, hash(f) == hash(frozenset({1, 2})), {f: "ok"}[frozenset({1, 2})])
print(type(f | {3}).__name__, type(f.copy()).__name__, f == {1, 2}, f <= {1, 2, 3})
class Tracking(set):
    def add(self, x):
        print("  add", x)
        super().add(x)
t = Tracking()
t.add(1)
t.update([2, 3])
t |= {4}
print(sorted(t))
class E(set): pass
print(E() == set(), E({1}) == frozenset({1}), repr(E([1])), repr(FS(5)), repr(E()))
