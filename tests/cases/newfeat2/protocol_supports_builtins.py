# typing's SupportsX protocols (runtime-checkable) used to build a numeric coercion helper.
from typing import SupportsInt, SupportsFloat, SupportsIndex, SupportsAbs, SupportsRound, SupportsBytes, SupportsComplex
from typing import Iterable, Sized, Hashable
class Meters:
    def __init__(self, v):
        self.v = v
    def __float__(self):
        return float(self.v)
    def __abs__(self):
        return Meters(abs(self.v))
    def __round__(self, n=None):
        return Meters(round(self.v, n))
    def __repr__(self):
        return f"Meters({self.v})"
class Flags:
    def __index__(self):
        return 6
    def __int__(self):
        return 6
    def __bytes__(self):
        return b"\x06"
    def __repr__(self):
        return "Flags()"
values = [3, 2.5, True, "7", Meters(-1.25), Flags(), 1 + 2j, b"x", None]
protos = [SupportsInt, SupportsFloat, SupportsIndex, SupportsAbs, SupportsRound, SupportsBytes, SupportsComplex]
print("value".ljust(14), " ".join(p.__name__.replace("Supports", "")[:5].ljust(5) for p in protos))
for v in values:
    print(repr(v).ljust(14), " ".join(("yes" if isinstance(v, p) else "-").ljust(5) for p in protos))
def to_number(v):
    if isinstance(v, SupportsIndex):
        return ("index", v.__index__())
    if isinstance(v, SupportsFloat):
        return ("float", float(v))
    if isinstance(v, str):
        return ("parsed", float(v))
    raise TypeError(f"cannot coerce {type(v).__name__}")
for v in values:
    try:
        print(to_number(v))
    except TypeError as e:
        print(type(e).__name__, e)
print(abs(Meters(-3)), round(Meters(2.567), 1), bytes(Flags()), [10, 20, 30, 40, 50, 60, 70][Flags()])
print(issubclass(int, SupportsIndex), issubclass(float, SupportsIndex), issubclass(Meters, SupportsAbs))
print(isinstance([], Iterable), isinstance(5, Iterable), isinstance("", Sized), isinstance([], Hashable), isinstance((), Hashable))
try:
    isinstance(3, SupportsAbs[int])
except TypeError as e:
    print(type(e).__name__, e)
print(SupportsAbs[int], SupportsAbs.__parameters__ if hasattr(SupportsAbs, "__parameters__") else "")
