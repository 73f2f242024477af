# @unique and @verify decorators, and their error messages
from enum import Enum, Flag, IntFlag, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, auto

@unique
class Fine(Enum):
    A = 1
    B = 2
print(list(Fine))

try:
    @unique
    class Dup(Enum):
        A = 1
        B = 2
        C = 1
        D = 2
except ValueError as e:
    print(type(e).__name__, e)

try:
    @verify(UNIQUE)
    class Dup2(Enum):
        X = "x"
        Y = "x"
except ValueError as e:
    print(type(e).__name__, e)

@verify(CONTINUOUS)
class Cont(Enum):
    ONE = 1
    TWO = 2
    THREE = 3
print(list(Cont))
try:
    @verify(CONTINUOUS)
    class Gap(Enum):
        ONE = 1
        THREE = 3
        FIVE = 5
except ValueError as e:
    print(type(e).__name__, e)

@verify(NAMED_FLAGS)
class GoodFlags(Flag):
    A = 1
    B = 2
    AB = 3
print(list(GoodFlags), repr(GoodFlags.AB))
try:
    @verify(NAMED_FLAGS)
    class BadFlags(Flag):
        A = 1
        B = 2
        ABCD = 15
except ValueError as e:
    print(type(e).__name__, e)

try:
    @verify(CONTINUOUS)
    class FlagGap(IntFlag):
        A = 1
        C = 4
except ValueError as e:
    print(type(e).__name__, e)
print(repr(UNIQUE), repr(CONTINUOUS), str(NAMED_FLAGS))
