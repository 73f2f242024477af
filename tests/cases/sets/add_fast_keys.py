# set.add with keys hashed without Python code (ints, strs, floats, bools, classes) and
# with keys that need it, including equal keys of different types, growth, and adding
# while iterating.

class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, o):
        return isinstance(o, K) and o.v == self.v or o == self.v
    def __repr__(self):
        return "K(%r)" % (self.v,)

s = set()
for x in [1, 1.0, True, "a", "a" * 30, 2.5, int, 1 << 70, (1, 2), K(3), 3, K(4), None]:
    s.add(x)
    print(len(s), x in s)
print(sorted(map(repr, s)))

t = set()
for i in range(200):
    t.add(i % 37)
    t.add(str(i % 11))
print(len(t), sum(x for x in t if isinstance(x, int)))

u = {1, 2, 3}
try:
    for x in u:
        u.add(x + 10)
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    s.add([1])
except TypeError as e:
    print("TypeError:", e)
add = s.add
add("bound")
print("bound" in s, set.add(s, "unbound") is None, "unbound" in s)
try:
    set.add(frozenset(), 1)
except TypeError as e:
    print("TypeError:", e)

class MySet(set):
    pass
m = MySet()
m.add(1); m.add("x"); m.add(1)
print(sorted(map(str, m)), type(m).__name__)
