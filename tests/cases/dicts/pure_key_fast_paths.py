# d[k], d[k] = v, `k in d` and `k in s` with int, float, bool and str keys: equal keys of
# different types find each other, and a key object with its own __eq__ sharing a hash
# with the key is still asked.

d = {1: "one", 2.5: "two and a half", "a": "A", True: "replaced one?", -1: "minus one"}
print(d)
print(d[1], d[1.0], d[True], d[2.5], d["a"], d[-1])
print(1 in d, 1.0 in d, True in d, 0 in d, False in d, "b" in d, 2.5 in d)
d[1.0] = "float one"
d[False] = "false"
print(d, d[0], d[0.0])

nan = float("nan")
n = {nan: 1}
print(nan in n, float("nan") in n, n[nan])
try:
    n[float("nan")]
except KeyError as e:
    print("KeyError", e)


class Collider:
    """Hashes like the str 'a' and equals it."""

    def __init__(self):
        self.calls = 0

    def __hash__(self):
        return hash("a")

    def __eq__(self, other):
        self.calls += 1
        return other == "a" or other is self


c = Collider()
m = {c: "collider"}
print("a" in m, m["a"], c.calls > 0)
m["a"] = "replaced through str"
print(len(m), m[c])

s = {1, 2.0, "x", c}
print(1 in s, 2 in s, 2.0 in s, True in s, "x" in s, "a" in s, "y" in s, 3 not in s)
fs = frozenset({3, "z"})
print(3 in fs, 3.0 in fs, "z" in fs, "w" not in fs)


class Sub(dict):
    def __getitem__(self, k):
        return ("sub", k)

    def __setitem__(self, k, v):
        print("setitem", k, v)
        super().__setitem__(k, v)

    def __contains__(self, k):
        print("contains", k)
        return True


sd = Sub(a=1)
print(sd["a"], sd["zz"])
sd["b"] = 2
print("nothing" in sd, dict(sd))


class Missing(dict):
    def __missing__(self, k):
        return "missing " + str(k)


md = Missing(a=1)
print(md["a"], md["q"], md[5])

g = {}
for i in range(20):
    g[i] = i * i
    g[str(i)] = i
print(sum(g[i] for i in range(20)), sum(g[str(i)] for i in range(20)), len(g))
try:
    g[99]
except KeyError as e:
    print("KeyError", e)
try:
    g[[1]]
except TypeError as e:
    print("TypeError", e)
try:
    [1] in g
except TypeError as e:
    print("TypeError", e)
big = 10**30
g[big] = "big"
print(g[big], big in g, 10**30 in g)
