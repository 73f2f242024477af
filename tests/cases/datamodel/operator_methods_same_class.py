# Operators between two instances of one class run the class's Python method directly;
# NotImplemented, reflected methods, truthiness of rich results, exceptions raised inside
# and chained comparisons must all behave as CPython's generic path does.
import traceback


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        return V(self.x + o.x)

    def __sub__(self, o):
        return V(self.x - o.x)

    def __mul__(self, o):
        return V(self.x * o.x)

    def __truediv__(self, o):
        return V(self.x / o.x)

    def __floordiv__(self, o):
        return V(self.x // o.x)

    def __mod__(self, o):
        return V(self.x % o.x)

    def __pow__(self, o):
        return V(self.x ** o.x)

    def __and__(self, o):
        return V(self.x & o.x)

    def __lshift__(self, o):
        return V(self.x << o.x)

    def __matmul__(self, o):
        return self.x * o.x

    def __lt__(self, o):
        return self.x < o.x

    def __le__(self, o):
        return self.x <= o.x

    def __eq__(self, o):
        return self.x == o.x

    def __repr__(self):
        return f"V({self.x})"


a, b = V(7), V(3)
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, a & b, a << b, a @ b)
print(a < b, a <= b, a == b, a != b, b < a, V(1) < V(2) < V(3), V(1) < V(3) < V(2))
x = V(1)
for _ in range(3):
    x = x + x
print(x)
if a < b:
    print("wrong")
else:
    print("a >= b")
while b < a:
    b = b + V(1)
print(b)


class NoAdd:
    def __add__(self, o):
        return NotImplemented

    def __radd__(self, o):
        return "radd must not be tried for one class"

    def __lt__(self, o):
        return NotImplemented

    def __gt__(self, o):
        return "reflected gt"

    def __eq__(self, o):
        return NotImplemented


n1, n2 = NoAdd(), NoAdd()
try:
    n1 + n2
except TypeError as e:
    print("TypeError:", e)
print(n1 < n2, n1 == n2, n1 == n1, n1 != n2)
if n1 < n2:
    print("truthy reflected result")


class Neither:
    def __lt__(self, o):
        return NotImplemented

    def __ge__(self, o):
        return NotImplemented


try:
    Neither() < Neither()
except TypeError as e:
    print("TypeError:", e)
try:
    if Neither() < Neither():
        pass
except TypeError as e:
    print("TypeError in if:", e)


class Rich:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return Box(self.v == o.v)


class Box:
    def __init__(self, t):
        self.t = t

    def __bool__(self):
        print("bool called")
        return self.t


print(type(Rich(1) == Rich(1)).__name__)
if Rich(1) == Rich(2):
    print("wrong")
else:
    print("not equal")


class Boom:
    def __add__(self, o):
        raise ValueError("boom in add")

    def __lt__(self, o):
        return 1 / 0


try:
    Boom() + Boom()
except ValueError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print("ValueError:", e, [f.name for f in tb])
try:
    if Boom() < Boom():
        pass
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, [f.name for f in traceback.extract_tb(e.__traceback__)])


class Gen:
    def __add__(self, o):
        yield "generator result"


print(list(Gen() + Gen()))


class Deep:
    def __init__(self, n):
        self.n = n

    def __add__(self, o):
        if self.n == 0:
            return 0
        return 1 + (Deep(self.n - 1) + o)


print(Deep(50) + Deep(0))


class Base:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return ("Base.__add__", type(self).__name__, type(o).__name__)

    def __radd__(self, o):
        return ("Base.__radd__", type(self).__name__, type(o).__name__)


class Sub(Base):
    def __radd__(self, o):
        return ("Sub.__radd__", type(self).__name__, type(o).__name__)


print(Base(1) + Base(2), Base(1) + Sub(2), Sub(1) + Sub(2))


class Counter:
    calls = 0

    def __eq__(self, o):
        Counter.calls += 1
        return True

    __hash__ = object.__hash__


c = Counter()
print(c == c, c != c, Counter.calls, [c] == [Counter()], Counter.calls)
print(Counter() + 1 if False else "done")
