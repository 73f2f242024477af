# Enum features a real program uses: aliases, _missing_, methods, __str__, unique, members with tuples.
from enum import Enum, IntFlag, unique, auto, StrEnum
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    JUPITER = (1.9e+27, 7.1492e7)
    def __init__(self, mass, radius):
        self.mass, self.radius = mass, radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
class Status(Enum):
    ACTIVE = 1
    ENABLED = 1
    INACTIVE = 0
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None
    def __str__(self):
        return self.name.lower()
class Color(StrEnum):
    RED = auto()
    GREEN = auto()
class Mode(IntFlag):
    R = 4
    W = 2
    X = 1
for p in Planet:
    print(p.name, f"{p.gravity:.2f}")
print(Status.ENABLED is Status.ACTIVE, list(Status), [n for n in Status.__members__])
print(Status("active"), Status(0), repr(Status(1)), f"{Status.INACTIVE}")
for v in [5, "gone"]:
    try:
        Status(v)
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(type(e).__name__, e)
print(Color.RED, Color.GREEN.upper(), Color.RED == "red", isinstance(Color.RED, str))
perm = Mode.R | Mode.W
print(perm, int(perm), Mode.W in perm, Mode.X in perm, perm & Mode.W, Mode(7))
print(oct(Mode.R | Mode.X), [m.name for m in Mode(6)])
print({Planet.EARTH: "home"}[Planet.EARTH], Planet.EARTH.value, Planet["JUPITER"].radius)
