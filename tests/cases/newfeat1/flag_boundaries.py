# FlagBoundary: STRICT, CONFORM, EJECT, KEEP
from enum import Flag, IntFlag, STRICT, CONFORM, EJECT, KEEP

class Strict(Flag, boundary=STRICT):
    A = 1
    B = 2
    C = 4

class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2
    C = 4

class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2
    C = 4

class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2
    C = 4

class DefaultInt(IntFlag):
    A = 1
    B = 2
    C = 4

for cls in (Strict, Conform, Eject, Keep, DefaultInt):
    print(cls.__name__, cls._boundary_)
    for raw in (3, 7, 9, 16):
        try:
            v = cls(raw)
            print("  ", raw, "->", repr(v), type(v).__name__)
        except ValueError as e:
            print("  ", raw, "->", type(e).__name__, str(e).splitlines())

print(repr(~Strict.A), repr(~Conform.A), repr(~Eject.A), repr(~Keep.A), repr(~DefaultInt.A))
print(repr(Keep(8) | Keep.A), list(Keep(9)), len(Keep(9)))
print(repr(DefaultInt(12) & DefaultInt.C), DefaultInt(12) | 1)
try:
    Strict(-1)
except ValueError as e:
    print(type(e).__name__, str(e).splitlines()[0])
print(repr(Conform(-1)), repr(Keep(0)))
