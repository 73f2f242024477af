# Binary operator dispatch with NotImplemented between numbers and user types.
class Money:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Money(%r)" % (self.v,)
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.v + other.v)
        if isinstance(other, (int, float)):
            return Money(self.v + other)
        return NotImplemented
    def __radd__(self, other):
        print("radd", other)
        return self.__add__(other)
    def __eq__(self, other):
        if isinstance(other, Money):
            return self.v == other.v
        return NotImplemented
    def __lt__(self, other):
        if isinstance(other, (int, float)):
            return self.v < other
        return NotImplemented
    def __mul__(self, other):
        return NotImplemented
print(Money(1) + Money(2), Money(1) + 5, 5 + Money(1), 2.5 + Money(1), True + Money(1))
print(sum([Money(1), Money(2)]), sum([Money(1)], Money(10)))
print(Money(3) == Money(3), Money(3) == 3, 3 == Money(3), Money(3) != 4)
print(Money(3) < 5, 5 > Money(3))
for expr in ["Money(1) * 2", "2 * Money(1)", "Money(1) + 'x'", "'x' + Money(1)", "Money(1) < Money(2)",
             "Money(1) - 1", "1j + Money(1)", "2 < Money(3)"]:
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, type(e).__name__, e)
class MyInt(int):
    def __radd__(self, other):
        return "MyInt.radd"
    def __add__(self, other):
        return "MyInt.add"
print(1 + MyInt(2), MyInt(2) + 1, 1.5 + MyInt(2), MyInt(5) - 1, type(MyInt(5) * 2).__name__)
class MyFloat(float):
    def __rtruediv__(self, other):
        return "rdiv"
print(1 / MyFloat(2), 1.0 / MyFloat(2), MyFloat(2) / 1, repr(MyFloat(2.5)), MyFloat(2.5) + 1)
print(int.__add__(1, 2.0), float.__add__(1.0, 2), float.__radd__(1.0, 2), int.__radd__(3, True))
