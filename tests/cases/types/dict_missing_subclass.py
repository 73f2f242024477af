# __missing__ only affects d[key]; dict subclasses and their method behaviour.
class D(dict):
    def __missing__(self, k):
        return "missing:" + str(k)
d = D(a=1)
print(d["a"], d["zz"], d.get("zz"), "zz" in d, d.get("zz", 0), len(d))
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__, e)
class Counting(dict):
    def __missing__(self, k):
        self[k] = 0
        return 0
c = Counting()
for w in "abcab":
    c[w] += 1
print(c, type(c).__name__)
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper()
u["x"] = 1
u.update(y=2)
u.setdefault("z", 3)
print(u, Upper(w=4))
class G(dict):
    def __getitem__(self, k):
        return 42
g = G(a=1)
print(g["a"], g.get("a"), dict(g), list(g.values()), {**g})
class MissingRaises(dict):
    def __missing__(self, k):
        raise LookupError("custom " + k)
try:
    MissingRaises()["q"]
except LookupError as e:
    print(type(e).__name__, e)
print(D.fromkeys("ab", 0), type(D.fromkeys("a")).__name__, type(d.copy()).__name__, type(d | {}).__name__)
from collections import defaultdict
dd = defaultdict(list)
dd["k"].append(1)
print(dict(dd), dd.get("nope"), "nope" in dd, dd.default_factory is list)
dn = defaultdict()
try:
    dn["x"]
except KeyError as e:
    print(type(e).__name__, e)
