# Subclassing dict: __missing__, __setitem__ overrides not used by update/init, copy returns dict.
class D(dict):
    def __missing__(self, key):
        print("  __missing__", key)
        return key * 2
d = D(a=1)
print(d["a"], d["bb"], "bb" in d, d.get("zz", "get ignores __missing__"), len(d))
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper(a=1)
u["b"] = 2
u.update(c=3)
u.setdefault("d", 4)
print(u, type(u).__name__)
c = u.copy()
print(type(c).__name__, type(u | {"e": 5}).__name__, type({"e": 5} | u).__name__)
class Default(dict):
    def __init__(self, default, *a, **kw):
        super().__init__(*a, **kw)
        self.default = default
    def __missing__(self, key):
        self[key] = self.default()
        return self[key]
dd = Default(list)
dd["x"].append(1)
dd["x"].append(2)
dd["y"]
print(dd, dd.default.__name__)
class Ordered(dict):
    def keys(self):
        return sorted(super().keys())
o = Ordered(b=1, a=2)
print(list(o), o.keys(), dict(o), {**o})
class Attr(dict):
    __getattr__ = dict.__getitem__
    def __setattr__(self, k, v):
        self[k] = v
at = Attr(x=1)
at.y = 2
print(at.x, at.y, at)
try:
    at.missing
except KeyError as e:
    print(type(e).__name__, e)
class Eq(dict): pass
print(Eq(a=1) == {"a": 1}, {"a": 1} == Eq(a=1), Eq.fromkeys("ab", 0), type(Eq.fromkeys("ab")).__name__)
class NoMissingGet(dict):
    def __missing__(self, k):
        return "missing"
n = NoMissingGet()
print(n["q"], n.get("q"), n.pop("q", "pop default"), "q" in n)
