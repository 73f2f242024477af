# copy: shallow and deep copies of containers and instances, shared and cyclic structure,
# __copy__/__deepcopy__ hooks, slots, namedtuples.
import copy
from collections import namedtuple
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
a[1].append(99); a[2]["k"].append(5)
print(a, b, c, b[1] is a[1], c[1] is a[1])
t = (1, 2, (3, 4)); print(copy.deepcopy(t) is t, copy.copy(t) is t)
t2 = (1, [2]); d2 = copy.deepcopy(t2); print(d2, d2 is t2, d2[1] is t2[1])
shared = [0]; pair = [shared, shared]; dp = copy.deepcopy(pair); print(dp[0] is dp[1], dp[0] is shared)
cyc = [1]; cyc.append(cyc); dc = copy.deepcopy(cyc); print(dc[1] is dc, dc is cyc)
class P:
    def __init__(self, x, items): self.x = x; self.items = items
    def __repr__(self): return f"P({self.x}, {self.items})"
p = P(1, [1, 2]); q = copy.copy(p); r = copy.deepcopy(p)
p.items.append(3); print(q, r, q.items is p.items, type(r) is P)
class S:
    __slots__ = ("a", "b")
    def __init__(self): self.a = [1]; self.b = 2
s = S(); s2 = copy.deepcopy(s); s.a.append(9); print(s2.a, s2.b)
class Hook:
    def __init__(self, v): self.v = v
    def __copy__(self): return Hook(self.v + 100)
    def __deepcopy__(self, memo): return Hook(self.v + 1000)
print(copy.copy(Hook(1)).v, copy.deepcopy(Hook(1)).v, copy.deepcopy([Hook(2)])[0].v)
N = namedtuple("N", "x y"); n = N([1], 2); n2 = copy.deepcopy(n); n.x.append(5); print(n2, type(n2) is N)
print(copy.copy({1, 2}), copy.deepcopy(frozenset({(1, 2)})), copy.copy(bytearray(b"ab")), copy.deepcopy({"a": {"b": {}}}))
print(copy.copy(len) is len, copy.deepcopy(P) is P, copy.deepcopy(None), copy.deepcopy(3.5), copy.deepcopy("s"))
class St:
    def __init__(self): self.a = 1; self.cache = "x"
    def __getstate__(self):
        d = dict(self.__dict__); del d["cache"]; return d
    def __setstate__(self, st): self.__dict__.update(st); self.cache = "rebuilt"
z = copy.deepcopy(St()); print(z.a, z.cache)
