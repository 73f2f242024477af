# __missing__: only dict subclasses use it, only via d[k]; defaultdict and Counter semantics.
from collections import defaultdict, Counter
class D(dict):
    def __missing__(self, key):
        return f"<missing {key}>"
d = D(a=1)
print(d["a"], d["b"], d.get("b"), "b" in d, d.setdefault("c", 3), d.pop("z", "dflt"), len(d))
class NotDict:
    def __missing__(self, key):
        return "never"
    def __getitem__(self, key):
        raise KeyError(key)
try:
    NotDict()["x"]
except KeyError as e:
    print(type(e).__name__, e)
class Raising(dict):
    def __missing__(self, key):
        raise LookupError(f"custom lookup {key}")
try:
    Raising()["q"]
except LookupError as e:
    print(type(e).__name__, e)
class MissingAttr(dict):
    pass
MissingAttr.__missing__ = lambda self, k: k * 3
print(MissingAttr()["ab"])
m = MissingAttr()
m.__missing__ = lambda k: "instance-level ignored"
print(m["x"])
dd = defaultdict(list)
dd["a"].append(1)
dd["b"]
print(dict(dd), dd.default_factory is list, dd.get("zz"), "zz" in dd)
dn = defaultdict(None)
try:
    dn["k"]
except KeyError as e:
    print(type(e).__name__, e)
print(defaultdict(int).__missing__("k"))
class Counting(defaultdict):
    def __missing__(self, key):
        print("  Counting.__missing__", key)
        return super().__missing__(key)
cd = Counting(lambda: 0)
cd["x"] += 1
cd["x"] += 1
print(dict(cd))
c = Counter("abca")
print(c["a"], c["zzz"], "zzz" in c, sorted(c.items()))
class Nested(dict):
    def __missing__(self, key):
        value = self[key] = type(self)()
        return value
n = Nested()
n["a"]["b"]["c"] = 1
print(n)
