# Dict keys: equal numbers collide, nan identity, custom __eq__/__hash__.
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d, len(d), list(d)[0], type(list(d)[0]).__name__)
d2 = {0: "a", -0.0: "b", False: "c", 0j: "d"}
print(d2)
nan = float("nan")
dn = {nan: 1}
print(dn[nan], float("nan") in dn, len({nan: 1, float("nan"): 2}), len({nan: 1, nan: 2}))
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v % 3)
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
    def __repr__(self):
        return "Key(%d)" % self.v
kd = {Key(1): "one", Key(4): "four", Key(7): "seven"}
print(kd, kd[Key(4)], Key(10) in kd, len(kd))
del kd[Key(4)]
print(kd, Key(7) in kd)
class AlwaysEq:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        return True
ae = {1: "one"}
ae[AlwaysEq()] = "same slot"
print(ae)
print({(1, 2): "t"}[(1.0, 2.0)], {frozenset([1]): "f"}[frozenset([1.0])], {"a": 1}.get(b"a", "bytes differ"))
for bad in [[1], {"a": 1}, {1}, bytearray(b"x")]:
    try:
        {bad: 1}
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        {}.get(bad)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        bad in {}
    except TypeError as e:
        print(type(e).__name__, e)
class Raises:
    def __hash__(self):
        raise ValueError("no hash for you")
try:
    {Raises(): 1}
except ValueError as e:
    print(type(e).__name__, e)
