# abs() on ints, floats, bools, big ints.
for v in [0, 5, -5, -0.0, 3.25, -3.25, True, False, -(2 ** 100), 2 ** 64]:
    print(repr(v), abs(v), type(abs(v)).__name__)
print(abs(-9223372036854775808))
print(abs(float("-inf")))
print(abs(-7) == 7, abs(7) == abs(-7))
class Neg:
    def __abs__(self):
        return "custom abs"
print(abs(Neg()))
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)
print([abs(x) for x in range(-3, 4)])
print(abs(-2 ** 63), abs(-(2 ** 63)))
