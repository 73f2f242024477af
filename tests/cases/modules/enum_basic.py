# enum: members, lookups, aliases, auto, IntEnum/StrEnum, functional API, errors.
from enum import Enum, IntEnum, StrEnum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return f"{self.name.lower()}={self.value}"
    @classmethod
    def default(cls):
        return cls.GREEN
print(Color.RED, repr(Color.RED), Color(2), Color["BLUE"], Color.CRIMSON is Color.RED, list(Color), len(Color))
print(Color.RED.name, Color.RED.value, Color.BLUE.describe(), Color.default(), Color, type(Color.RED) is Color, isinstance(Color.RED, Color))
print(f"{Color.RED}", f"{Color.RED:>12}|", str(Color.GREEN), Color.RED == Color.RED, Color.RED == 1, Color.RED in Color, {Color.RED: "r"}[Color.CRIMSON])
print(list(Color.__members__), [m.name for m in reversed(Color)], sorted(Color, key=lambda c: -c.value)[0])
for bad in ["Color(7)", "Color['PINK']", "Color.RED < Color.BLUE"]:
    try:
        eval(bad)
    except (ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print(e)
class Pri(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()
print(Pri.MID, repr(Pri.MID), Pri.HIGH + 1, Pri.LOW < Pri.HIGH, f"{Pri.MID:03d}", int(Pri.HIGH), sorted([Pri.HIGH, Pri.LOW]), Pri(3))
class Mode(StrEnum):
    READ = auto()
    WRITE = "w"
print(Mode.READ, repr(Mode.WRITE), Mode.READ.upper(), Mode("w"), Mode.READ == "read")
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, round(Planet.EARTH.gravity, 3), Planet.MERCURY.mass, repr(Planet.EARTH))
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3))
Shape = Enum("Shape", [("SQ", 4), ("TRI", 3)]); print(Shape.TRI, Shape(4))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
class Fallback(Enum):
    A = "a"
    @classmethod
    def _missing_(cls, value):
        return cls.A if isinstance(value, str) and value.lower() == "a" else None
print(Fallback("A"))
try:
    class More(Color):
        PINK = 9
except TypeError as e:
    print(e)
class Auto(Enum):
    X = auto()
    Y = 10
    Z = auto()
print([(m.name, m.value) for m in Auto])
match Color.GREEN:
    case Color.RED: print("red")
    case Color.GREEN: print("green!")
