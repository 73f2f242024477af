# __eq__ and __hash__ interplay.
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        if not isinstance(other, V):
            return NotImplemented
        return self.v == other.v
    def __hash__(self):
        return hash(self.v)
    def __repr__(self):
        return f"V({self.v})"
a, b, c = V(1), V(1), V(2)
print(a == b, a == c, a != b, a != c, a is b, a == 1, 1 == a)
print(len({a, b, c}), {a: "first", b: "second"})
print(a in [V(0), V(1)], [V(1), V(2)].index(V(2)), [V(1), V(1)].count(b))
class NoHash:
    def __eq__(self, other):
        return True
print(NoHash() == 5, NoHash.__hash__)
try:
    {NoHash()}
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), p != Plain())
