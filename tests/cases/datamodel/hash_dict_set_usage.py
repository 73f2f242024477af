# Custom __hash__/__eq__ drive dict and set membership; hash collisions resolved by __eq__.
class Key:
    calls = []
    def __init__(self, k, h):
        self.k, self.h = k, h
    def __hash__(self):
        Key.calls.append(("hash", self.k))
        return self.h
    def __eq__(self, o):
        Key.calls.append(("eq", self.k, o.k))
        return self.k == o.k
    def __repr__(self):
        return f"Key({self.k})"
a1 = Key("a", 1)
a2 = Key("a", 1)
b = Key("b", 1)
d = {a1: 1}
d[a2] = 2
d[b] = 3
print(d)
print(sorted(Key.calls))
Key.calls.clear()
print(a2 in d, Key("c", 1) in d, Key("a", 2) in d)
print(sorted(Key.calls))
s = {a1, a2, b}
print(len(s), sorted(k.k for k in s))
class Ident:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"I{self.v}"
i1, i2 = Ident(1), Ident(1)
print(len({i1, i2, i1}), {i1: "x"}.get(i2, "missing"), {i1: "x"}[i1])
class Same:
    def __hash__(self):
        return 0
    def __eq__(self, o):
        return True
print(len({Same(), Same(), 0}), {0: "zero"}[Same()])
print(frozenset([Same(), Same()]).__len__())
