# Exact decimal expansion of floats using as_integer_ratio, and float->fraction round trips.
def exact_decimal(x, maxdigits=80):
    n, d = x.as_integer_ratio()
    sign = "-" if n < 0 else ""
    n = abs(n)
    q, r = divmod(n, d)
    digits = []
    while r and len(digits) < maxdigits:
        r *= 10
        dgt, r = divmod(r, 10 ** 0 * d)
        digits.append(str(dgt))
    return sign + str(q) + ("." + "".join(digits) if digits else "")
for x in [0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2.5, -0.125, 1e-10, 123456.789, 2.0 ** -20]:
    print(repr(x), exact_decimal(x))
print(0.1 + 0.2 == 0.3, (0.1 + 0.2).as_integer_ratio(), (0.3).as_integer_ratio())
print(float.fromhex("0x1.999999999999ap-4") == 0.1, (0.1).hex(), (1.0).hex(), (-0.0).hex(), (2.5).hex())
import math
class Frac:
    __slots__ = ("n", "d")
    def __init__(self, n, d=1):
        if isinstance(n, float):
            n, d2 = n.as_integer_ratio()
            d *= d2
        if d == 0:
            raise ZeroDivisionError(f"Frac({n}, 0)")
        g = math.gcd(n, d) * (-1 if d < 0 else 1)
        self.n, self.d = n // g, d // g
    def __add__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __mul__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return Frac(self.n * o.n, self.d * o.d)
    def __eq__(self, o):
        o = o if isinstance(o, Frac) else Frac(o)
        return (self.n, self.d) == (o.n, o.d)
    def __float__(self):
        return self.n / self.d
    def __repr__(self):
        return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)
print(Frac(0.1), Frac(3, 6), Frac(-4, 10), Frac(4, -10), Frac(1, 3) + Frac(1, 6), Frac(1, 3) * 3 == 1)
print(sum([Frac(1, k) for k in range(1, 11)], Frac(0)), float(Frac(355, 113)), Frac(0.5) + 0.25, 1 + Frac(1, 2))
print(sum(Frac(1, k) for k in range(1, 11)), Frac(2.5) == Frac(5, 2), Frac(0.1) == Frac(1, 10))
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
