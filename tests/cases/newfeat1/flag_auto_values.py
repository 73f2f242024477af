# auto() value generation for Flag, IntFlag and Enum, mixed with explicit values
from enum import Flag, IntFlag, Enum, IntEnum, StrEnum, auto

class F(Flag):
    A = auto()
    B = 8
    C = auto()
    D = auto()
print([(m.name, m.value) for m in F])

class G(IntFlag):
    ZERO = 0
    ONE = auto()
    TWO = auto()
    BOTH = ONE | TWO
    FOUR = auto()
print([(m.name, m.value) for m in G], list(G.__members__))

class E(Enum):
    A = auto()
    B = 10
    C = auto()
    D = "text"
print([(m.name, m.value) for m in E])

class Named(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    ALPHA = auto()
    BETA = auto()
print([(m.name, m.value) for m in Named])

class S(StrEnum):
    NORTH = auto()
    SOUTH_EAST = auto()
print([(m.name, m.value) for m in S], S.NORTH == "north", f"{S.SOUTH_EAST}")

class N(IntEnum):
    X = auto()
    Y = auto()
print([(m.name, m.value) for m in N], N.Y + 1)

try:
    class Bad(Flag):
        A = auto()
        B = 3
        C = auto()
    print([(m.name, m.value) for m in Bad], list(Bad))
except Exception as e:
    print(type(e).__name__, e)
print(repr(auto()) != "", type(auto()).__name__)
