# Enum classes: members, iteration, lookup, aliases, methods, attribute errors, IntEnum/Flag behaviour.
from enum import Enum, IntEnum, Flag, auto
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self):
        return f"{self.name}={self.value}"
    @property
    def is_warm(self):
        return self is Color.RED
print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), [m.name for m in Color], list(Color.__members__))
print(Color.RED.describe(), Color.RED.is_warm, Color.BLUE.is_warm, type(Color.RED).__name__)
print(Color.RED == 1, Color.RED == Color.RED, Color.RED in Color, isinstance(Color.RED, Color))
for bad in (lambda: Color(9), lambda: Color["PINK"], lambda: Color.PINK):
    try:
        bad()
    except (ValueError, KeyError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    Color.RED = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Color.RED.value = 5
except AttributeError as e:
    print(type(e).__name__, e)
class P(IntEnum):
    LOW = 1
    HIGH = 10
print(P.LOW < P.HIGH, P.HIGH + 1, sorted([P.HIGH, P.LOW]), P(10), int(P.LOW), f"{P.HIGH}", str(P.LOW))
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, [p.name for p in Perm], Perm.R.value, Perm.X.value, bool(Perm(0)))
try:
    class Extended(Color):
        PURPLE = 4
except TypeError as e:
    print(type(e).__name__, e)
class A(Enum):
    X = auto()
    Y = auto()
print(A.X.value, A.Y.value, {A.X: "x"}[A.X], hash(A.X) == hash(A.X), A.X.__class__ is A)
