# Chained comparisons: each operand evaluated at most once, short-circuiting, mixed operators.
log = []
def v(name, value):
    log.append(name)
    return value
def run(label, thunk):
    log.clear()
    r = thunk()
    print(label, r, log)
run("1<2<3", lambda: v("a", 1) < v("b", 2) < v("c", 3))
run("1<3<2", lambda: v("a", 1) < v("b", 3) < v("c", 2))
run("3<1<x", lambda: v("a", 3) < v("b", 1) < v("c", 9))
run("mixed ops", lambda: v("a", 1) < v("b", 2) == v("c", 2) != v("d", 3) >= v("e", 3))
run("in/not in", lambda: v("a", 1) in v("b", [1, 2]) not in v("c", [[3]]))
run("is chain", lambda: v("a", None) is v("b", None) is not v("c", 0))
class Weird:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print(f"  {self.n} < {other.n}")
        return "truthy string" if self.n < other.n else ""
print(Weird(1) < Weird(2) < Weird(3))
print(repr(Weird(1) < Weird(3) < Weird(2)))
print(repr(Weird(2) < Weird(1) < Weird(3)))
x = 5
print(1 < x < 10, 10 > x > 1, 1 < x > 3, 5 == x == 5.0)
print(0 < 1 < 2 < 3 < 4 < 3)
print("a" < "b" < "c", [1] < [2] < [2, 0], (1, 2) < (1, 3) <= (1, 3))
try:
    1 < "a" < 3
except TypeError as e:
    print(type(e).__name__, e)
print(1 < 2 > 0 < 5 != 6 == 6)
print(not 1 < 2, (not 1) < 2)
