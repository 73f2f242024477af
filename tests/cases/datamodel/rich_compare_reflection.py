# Rich comparison reflection: < falls back to the other's >, == to ==, subclass priority.
class L:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return self.n
    def __lt__(self, o):
        print(f"  {self}.__lt__({o})")
        return NotImplemented
    def __gt__(self, o):
        print(f"  {self}.__gt__({o})")
        return NotImplemented
    def __le__(self, o):
        print(f"  {self}.__le__({o})")
        return NotImplemented
    def __ge__(self, o):
        print(f"  {self}.__ge__({o})")
        return NotImplemented
    def __eq__(self, o):
        print(f"  {self}.__eq__({o})")
        return NotImplemented
    def __ne__(self, o):
        print(f"  {self}.__ne__({o})")
        return NotImplemented
class S(L):
    pass
a, b, s = L("a"), L("b"), S("s")
for label, f in [("a < b", lambda: a < b), ("a <= b", lambda: a <= b), ("a > b", lambda: a > b),
                 ("a >= b", lambda: a >= b), ("a < s", lambda: a < s), ("s > a", lambda: s > a),
                 ("a < 1", lambda: a < 1), ("1 < a", lambda: 1 < a)]:
    print(label)
    try:
        print("  ->", f())
    except TypeError as e:
        print("  TypeError:", e)
for label, f in [("a == b", lambda: a == b), ("a != b", lambda: a != b), ("a == a", lambda: a == a),
                 ("a != a", lambda: a != a), ("a == s", lambda: a == s), ("1 == a", lambda: 1 == a)]:
    print(label)
    print("  ->", f())
class Yes:
    def __gt__(self, o):
        return "Yes.__gt__"
    def __eq__(self, o):
        return "Yes.__eq__"
print(1 < Yes(), Yes() > 1, 1 == Yes(), Yes() == 1)
print(L("x") != L("y"))
