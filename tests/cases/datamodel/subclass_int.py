# Subclassing int: arithmetic returns int, __new__ with validation, bool-like subclasses.
class I(int):
    def double(self):
        return self * 2
i = I(5)
print(i, repr(i), i.double(), type(i.double()).__name__, isinstance(i, int))
for label, r in [("add", i + 1), ("radd", 1 + i), ("neg", -i), ("pos", +i), ("abs", abs(I(-3))),
                 ("floordiv", i // 2), ("pow", i ** 2), ("and", i & 3), ("shift", i << 1),
                 ("int()", int(i)), ("index", [10, 20, 30, 40, 50, 60][i]), ("round", round(i)),
                 ("real", i.real), ("conj", i.conjugate()), ("divmod", divmod(i, 2))]:
    print(label, r, type(r).__name__ if not isinstance(r, tuple) else [type(x).__name__ for x in r])
class Positive(int):
    def __new__(cls, v):
        if v <= 0:
            raise ValueError(f"{v} is not positive")
        return super().__new__(cls, v)
print(Positive(3), type(Positive(3)).__name__)
try:
    Positive(-1)
except ValueError as e:
    print(type(e).__name__, e)
class Named(int):
    def __new__(cls, v, name):
        obj = super().__new__(cls, v)
        obj.name = name
        return obj
    def __repr__(self):
        return f"{self.name}={int(self)}"
n = Named(7, "seven")
print(n, repr(n), str(n), f"{n}", n + 1, [n])
class Hex(int):
    def __str__(self):
        return hex(self)
h = Hex(255)
print(h, str(h), repr(h), f"{h}", f"{h:d}", "%d" % h, "%s" % h)
print(I(3) == 3, hash(I(3)) == hash(3), {I(3): "x"}[3], sorted([I(3), 1, I(2)]))
class FromStr(int): pass
print(FromStr("ff", 16), FromStr("12"), FromStr(), FromStr(3.9), type(FromStr(True)).__name__)
print(I(10).bit_length(), I(10).to_bytes(2, "big"), I.from_bytes(b"\x01\x00", "big"), type(I.from_bytes(b"\x01", "big")).__name__)
try:
    class B(bool): pass
except TypeError as e:
    print(type(e).__name__, e)
