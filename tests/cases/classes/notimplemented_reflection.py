# NotImplemented triggers reflected operations.
class Meters:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        if isinstance(other, (int, float)):
            return Meters(self.v + other)
        return NotImplemented
    def __radd__(self, other):
        print("  __radd__ called with", other)
        return self.__add__(other)
    def __eq__(self, other):
        return isinstance(other, Meters) and self.v == other.v
    def __repr__(self):
        return f"{self.v}m"
print(Meters(2) + Meters(3), Meters(2) + 5, 5 + Meters(2), sum([Meters(1), Meters(2)], Meters(0)))
print(sum([Meters(1), Meters(2)]))
try:
    Meters(1) + "x"
except TypeError as e:
    print(type(e).__name__, e)
print(Meters(1) == Meters(1), Meters(1) == 1, Meters(1) != Meters(2))
