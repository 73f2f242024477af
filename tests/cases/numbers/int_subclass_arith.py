# Arithmetic on int/float/complex subclasses returns base types unless overridden.
class I(int):
    def __repr__(self):
        return "I(%d)" % int(self)
class Fl(float):
    pass
class C(complex):
    pass
a, b = I(7), I(-3)
for r in [a + b, a - b, a * b, a // b, a % b, a ** 2, -a, +a, abs(b), ~a, a << 2, a >> 1, a & b, a | b, a ^ b,
          a / b, divmod(a, b), pow(a, 2, 5), round(a), round(a, -1)]:
    print(repr(r), type(r).__name__ if not isinstance(r, tuple) else [type(x).__name__ for x in r])
print(repr(a), str(a), format(a, "03"), f"{a}", int(a), type(int(a)).__name__, a == 7, hash(a) == hash(7))
print(I(2**70) + 1, type(I(5).real).__name__, type(I(5).numerator).__name__, I("ff", 16), I(3.9), I())
x, y = Fl(1.5), Fl(-0.25)
for r in [x + y, x * y, x / y, x // y, x % y, -x, abs(y), x ** 2, round(x), round(x, 1), x.conjugate()]:
    print(repr(r), type(r).__name__)
print(repr(x), str(Fl(1e16)), Fl("inf"), Fl(" 2.5 "), x.is_integer(), x.as_integer_ratio(), x.hex())
z = C(1, 2)
for r in [z + 1, z * z, -z, z.conjugate(), abs(z), z / 2]:
    print(repr(r), type(r).__name__)
print(repr(z), z.real, z.imag, C("3-4j"), complex(z) == z)
class Weird(int):
    def __add__(self, other):
        return "Weird.add"
    def __eq__(self, other):
        return "eq?"
    __hash__ = int.__hash__
w = Weird(1)
print(w + 1, 1 + w, w - 1, w == 1, 1 == w, w * 3, {w: "v"}.get(1))
print(isinstance(True, int), isinstance(a, int), issubclass(I, int), type(a) is I, I.__mro__[1].__name__)
