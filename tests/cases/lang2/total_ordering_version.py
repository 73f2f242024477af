# A version class with __eq__/__hash__/__lt__ + functools.total_ordering used in sorting and dicts.
from functools import total_ordering
@total_ordering
class Version:
    def __init__(self, text):
        parts = text.split(".")
        if not all(p.isdigit() for p in parts):
            raise ValueError(f"invalid version: {text!r}")
        self.parts = tuple(int(p) for p in parts)
    def _key(self):
        p = list(self.parts)
        while p and p[-1] == 0:
            p.pop()
        return tuple(p)
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() == other._key()
    def __hash__(self):
        return hash(self._key())
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self._key() < other._key()
    def __repr__(self):
        return "Version(" + repr(".".join(map(str, self.parts))) + ")"
vs = [Version(s) for s in ["1.10", "1.2", "1.2.0", "0.9.9", "2", "1.2.1"]]
print(sorted(vs))
print(max(vs), min(vs))
print(Version("1.2") == Version("1.2.0.0"), Version("1.2") != Version("1.3"))
print(Version("1.2") <= Version("1.2.0"), Version("1.3") >= Version("1.2.9"), Version("2") > Version("1.99"))
print(len({Version("1"), Version("1.0"), Version("1.0.0"), Version("1.1")}))
d = {Version("3.12"): "current"}
print(d[Version("3.12.0")])
print(Version("1") == "1", Version("1") != "1")
for op in ["<", "<=", ">", ">="]:
    try:
        eval(f"Version('1') {op} 1")
    except TypeError as e:
        print(op, type(e).__name__, e)
try:
    Version("1.x")
except ValueError as e:
    print(e)
print(sorted(["__lt__", "__le__", "__gt__", "__ge__"]) == sorted(k for k in vars(Version) if k in ("__lt__", "__le__", "__gt__", "__ge__")))
import bisect
ordered = sorted(vs)
print(bisect.bisect_left(ordered, Version("1.2")), bisect.bisect_right(ordered, Version("1.2")))
