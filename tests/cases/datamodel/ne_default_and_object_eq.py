# Default __ne__ inverts __eq__ (unless NotImplemented); object.__eq__ returns NotImplemented for others.
class OnlyEq:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("  __eq__")
        return self.v == getattr(o, "v", None)
a, b, c = OnlyEq(1), OnlyEq(1), OnlyEq(2)
print(a != b)
print(a != c)
class EqReturnsObj:
    def __eq__(self, o): return [1]
print(EqReturnsObj() != 1, EqReturnsObj() == 1)
class EqReturnsEmpty:
    def __eq__(self, o): return ""
print(EqReturnsEmpty() != 1, repr(EqReturnsEmpty() == 1))
class EqNI:
    def __eq__(self, o): return NotImplemented
x = EqNI()
print(x == x, x != x, x == EqNI(), x != EqNI())
o = object()
print(o.__eq__(o), o.__eq__(1), o.__ne__(1), o.__ne__(o), object.__eq__(1, 1))
print(o.__lt__(o), o == o, o != object())
print(OnlyEq.__ne__ is object.__ne__, OnlyEq.__eq__ is object.__eq__)
class ExplicitNe(OnlyEq):
    def __ne__(self, o):
        return "explicit ne"
print(ExplicitNe(1) != 1)
print((1).__eq__(1.0), (1).__eq__("1"), "a".__eq__("a"), [1].__eq__((1,)), (1.0).__eq__(1))
