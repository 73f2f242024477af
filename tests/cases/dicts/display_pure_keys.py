# Dict displays whose keys hash without Python (str, int, float, bool, None-free mixes),
# with duplicate and equal-but-different keys (the first key object stays, the last
# value wins), and displays that need the general path (user __hash__/__eq__, unhashable).
a, b = 1, 2
d = {"x": a, "y": b, "x": 3}
print(d, list(d))
d = {1: "int", 1.0: "float", True: "bool"}
print(d, type(list(d)[0]).__name__)
d = {0: "zero", False: "false", 0.0: "fz", -0.0: "nz"}
print(d)
d = {2**40: "big", 2**60: "huge", -5: "neg", 3.5: "f", "s": "str", "é": "e"}
print(d)
print({}, {"only": None}, {i: i * i for i in range(3)})
nan = float("nan")
d = {nan: 1, nan: 2}
print(len(d))
d = {float("nan"): 1, float("nan"): 2}
print(len(d))


class K:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        print("hash", self.v)
        return hash(self.v)

    def __eq__(self, other):
        print("eq", self.v, getattr(other, "v", other))
        return isinstance(other, K) and self.v == other.v

    def __repr__(self):
        return "K(%r)" % self.v


d = {K(1): "a", "s": 1, K(1): "b"}
print(d)
d = {1: "int", K(1): "k"}
print(d)
try:
    {"ok": 1, []: 2}
except TypeError as e:
    print("TypeError", e)
try:
    {"ok": 1, "x": {}, {}: 3}
except TypeError as e:
    print("TypeError", e)
key = "shared"
d1 = {key: 1}
d2 = {key: 2}
d1["z"] = 0
print(d1, d2, list(d1)[0] is key)
