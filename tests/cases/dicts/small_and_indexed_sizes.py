# Dicts around the size where Molt gives a dict an index table (8 entry slots): lookups,
# replacement, deletion (interior and trailing), popitem, clear, regrowth, equal keys of
# different types, keys whose __eq__ is Python code, and iteration order throughout.


class K:
    """A key with a Python __eq__ and a colliding hash."""

    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return 7

    def __eq__(self, other):
        return isinstance(other, K) and self.n == other.n

    def __repr__(self):
        return "K(%d)" % self.n


def check(d, label):
    print(label, len(d), list(d.items()))


for size in range(0, 13):
    d = {}
    for i in range(size):
        d["k%d" % i] = i
    assert all(d["k%d" % i] == i for i in range(size))
    assert "k%d" % size not in d
    check(d, "built %d" % size)

d = {i: str(i) for i in range(10)}
del d[3]
del d[9]
del d[8]
check(d, "after deletes")
d[1.0] = "float one"
d[True] = "true"
check(d, "equal numeric keys")
while len(d) > 2:
    print("popitem", d.popitem())
check(d, "popped")
for i in range(20, 32):
    d[i] = i * i
check(d, "regrown")
print(d.get(25), d.get(99), 31 in d, 32 in d)
d.clear()
check(d, "cleared")
d.update((i, -i) for i in range(9))
check(d, "updated")

ks = {K(i): i for i in range(12)}
print(ks[K(5)], K(11) in ks, K(12) in ks)
del ks[K(0)]
for i in range(12, 15):
    ks[K(i)] = i
print(sorted(v for v in ks.values()))
print(list(ks)[:3], len(ks))

# Deleting down below 8 and growing back.
d = {n: n for n in range(12)}
for n in range(11, 3, -1):
    del d[n]
check(d, "shrunk")
for n in range(100, 106):
    d[n] = n
check(d, "grown again")
print({**d, 0: "zero", 200: "new"} == dict(list(d.items()) + [(0, "zero"), (200, "new")]))

# Instances with many attributes, and reversed dict iterators.
class Wide:
    pass


w = Wide()
for i in range(12):
    setattr(w, "a%d" % i, i)
print(sorted(vars(w).items())[:4], len(vars(w)))
r = {1: "a", 2: "b", 3: "c"}
for it in (reversed(r), reversed(r.keys()), reversed(r.values()), reversed(r.items())):
    print(type(it).__name__, list(it))
