# Subclassing float (and complex): arithmetic returns float, __new__, repr overrides, is_integer etc.
class F(float):
    def half(self):
        return self / 2
f = F(3.5)
print(f, repr(f), f.half(), type(f.half()).__name__, isinstance(f, float))
for label, r in [("add", f + 1), ("rsub", 10 - f), ("neg", -f), ("abs", abs(F(-1.5))), ("round", round(f)),
                 ("round1", round(f, 1)), ("int", int(f)), ("float()", float(f)), ("pow", f ** 2),
                 ("is_integer", F(2.0).is_integer()), ("trunc", f.__trunc__()), ("real", f.real)]:
    print(label, r, type(r).__name__)
class Celsius(float):
    def __new__(cls, deg):
        if deg < -273.15:
            raise ValueError("below absolute zero")
        return super().__new__(cls, deg)
    def __repr__(self):
        return f"{float(self):.1f}C"
    def to_f(self):
        return Celsius.__new__(Celsius, self * 9 / 5 + 32)
c = Celsius(100)
print(c, repr(c), str(c), [c], c.to_f(), type(c + 1).__name__)
try:
    Celsius(-300)
except ValueError as e:
    print(type(e).__name__, e)
print(F("1.25"), F(), F(2), F("inf") > 1e308, F(0.1) + F(0.2) == 0.30000000000000004)
print(F(1.5) == 1.5, hash(F(1.5)) == hash(1.5), sorted([F(2), 1.5, F(0.5)]))
class Z(complex):
    def mag(self):
        return abs(self)
z = Z(3, 4)
print(z, repr(z), z.mag(), z.real, z.imag, type(z + 1).__name__, type(z.conjugate()).__name__)
class FS(float):
    def __str__(self):
        return "FS!"
print(FS(2.5), f"{FS(2.5)}", f"{FS(2.5):.2f}", repr(FS(2.5)), str(FS(2.5)))
