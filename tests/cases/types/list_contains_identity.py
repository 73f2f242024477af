# Containment, count, index and remove use identity before ==.
nan = float("nan")
lst = [nan, 1]
print(nan in lst, float("nan") in lst, lst.count(nan), lst.index(nan), nan == nan, lst == lst, [nan] == [nan], (nan,) in [(nan,)])
lst.remove(nan)
print(lst)
class NeverEq:
    def __eq__(self, other):
        return False
    def __hash__(self):
        return 7
n = NeverEq()
print(n in [n], n in [NeverEq()], [n].count(n), [n] == [n], (n,) == (n,), n in {n}, {n: 1}[n])
class Loud:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        print("  eq", self.name, getattr(other, "name", other))
        return NotImplemented
a, b = Loud("a"), Loud("b")
print(a in [b, a])
print([a].count(b))
print(1 in [1.0], 1.0 in {1}, True in [1], "1" in [1], None in [0, False, ""], [] in [[]], () in [[]])
print([1, 2].index(2.0), (1, 2).count(True), "a" in ("abc",), "a" in "abc")
class EqAll:
    def __eq__(self, other):
        return True
print(EqAll() in [1], [1, 2].count(EqAll()), [5, 6].index(EqAll()), EqAll() in (9,))
class EqRaises:
    def __eq__(self, other):
        raise ValueError("eq failed")
try:
    EqRaises() in [1]
except ValueError as e:
    print(type(e).__name__, e)
er = EqRaises()
print(er in [er])
