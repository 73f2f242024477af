# __neg__, __pos__, __abs__, __invert__ and their interaction with builtins.
class V:
    def __init__(self, x): self.x = x
    def __neg__(self): return V(-self.x)
    def __pos__(self): return V(+self.x * 1)
    def __abs__(self): return abs(self.x)
    def __invert__(self): return V(~self.x)
    def __repr__(self): return f"V({self.x})"
v = V(5)
print(-v, +v, abs(v), ~v, -(-v), ~~v, abs(V(-3)), -V(0))
print(--v, - - - v)
class ReturnsAny:
    def __neg__(self): return "negated"
    def __abs__(self): return None
    def __invert__(self): return [1]
r = ReturnsAny()
print(-r, abs(r), ~r)
try:
    +r
except TypeError as e:
    print(type(e).__name__, e)
print(-True, +True, ~True if False else ~1, abs(-False), -(2 ** 63), abs(-2.5), ~0)
print(type(+True).__name__, type(-True).__name__)
class MyInt(int):
    def __neg__(self): return "MyInt neg"
print(-MyInt(3), +MyInt(3), type(+MyInt(3)).__name__, abs(MyInt(-2)), type(abs(MyInt(-2))).__name__)
import operator
print(operator.neg(v), operator.pos(v), operator.abs(v), operator.invert(v), operator.inv(v))
class Nothing: pass
for sym, f in (("-", operator.neg), ("+", operator.pos), ("~", operator.invert), ("abs", abs)):
    try:
        f(Nothing())
    except TypeError as e:
        print(sym, type(e).__name__, e)
try:
    ~1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    -"s"
except TypeError as e:
    print(type(e).__name__, e)
