# Keys of different hashable types.
d = {0: "zero", 0.5: "half", "0": "str zero", (0,): "tuple", None: "none", False: "false?"}
print(d)
print(d[0], d[False], d[0.0], d["0"], d[(0,)], d[None])
print(len(d))
fs = frozenset([1, 2])
d[fs] = "frozen"
print(d[frozenset([2, 1])])
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v
d2 = {K(1): "one", K(2): "two"}
print(d2[K(1)], K(3) in d2, len(d2))
d2[K(1)] = "uno"
print(len(d2), d2[K(1)])
