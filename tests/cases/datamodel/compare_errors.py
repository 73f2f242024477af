# "'<' not supported between instances of ..." messages and comparison fallbacks.
class A: pass
class B: pass
a, b = A(), B()
tests = [
    ("<", lambda: a < b), ("<=", lambda: a <= b), (">", lambda: a > b), (">=", lambda: a >= b),
    ("A<A", lambda: a < A()), ("A<int", lambda: a < 1), ("int>A", lambda: 1 > a),
    ("str<int", lambda: "x" < 1), ("list<tuple", lambda: [1] < (1,)), ("None<None", lambda: None < None),
    ("sorted", lambda: sorted([A(), A()])), ("max", lambda: max(a, b)), ("min", lambda: min([1, a])),
    ("list.sort", lambda: [b, a].sort()), ("tuple<", lambda: (1, a) < (1, b)),
    ("[a]<[b]", lambda: [a] < [b]), ("dict<dict", lambda: {} < {}), ("complex", lambda: 1j < 2j),
]
for name, f in tests:
    try:
        print(name, f())
    except TypeError as e:
        print(f"{name:10} TypeError: {e}")
print(a == b, a != b, a == a, a != a, a is a)
print((1, a) < (2, b), [a] == [a], [a] != [A()])
class C:
    def __lt__(self, o):
        return True
c1, c2 = C(), C()
print(c1 < c2, c1 > c2)
try:
    c1 <= c2
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([C(), C()]) is not None)
class Eq:
    def __eq__(self, o):
        return True
print(Eq() != Eq(), Eq() == 5, 5 == Eq(), 5 != Eq())
class OnlyNe:
    def __ne__(self, o):
        return "custom ne"
print(OnlyNe() != 1, OnlyNe() == OnlyNe())
