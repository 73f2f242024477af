# Functional API for Flag and IntFlag
from enum import Flag, IntFlag, Enum

Perm = Flag("Perm", "READ WRITE EXEC")
print(list(Perm), [m.value for m in Perm])
print(repr(Perm.READ | Perm.EXEC), Perm.__name__)

Bits = IntFlag("Bits", ["A", "B", "C", "D"])
print(list(Bits), repr(Bits.A | Bits.D), Bits.D + 0)

Custom = Flag("Custom", [("LOW", 1), ("MID", 16), ("HIGH", 256)])
print(list(Custom), repr(Custom.LOW | Custom.HIGH), repr(~Custom.MID))

Mapped = IntFlag("Mapped", {"ON": 1, "BLINK": 2, "DIM": 4})
print(repr(Mapped(3)), str(Mapped(3)), Mapped["DIM"])

Start = Flag("Start", "X Y Z", start=4)
print([m.value for m in Start])

Colour = Enum("Colour", "RED GREEN BLUE")
print(list(Colour), Colour(2), Colour["BLUE"].value)
print(isinstance(Perm.READ, Flag), issubclass(Bits, int), issubclass(Perm, int))
print(Perm.READ.__class__ is Perm, type(Perm).__name__)
try:
    Flag("Bad", [("A", 1), ("A", 2)])
except TypeError as e:
    print(type(e).__name__, e)
try:
    Perm.READ = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del Perm.READ
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Perm(8)
except ValueError as e:
    print(type(e).__name__, str(e).splitlines()[0])
