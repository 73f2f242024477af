# Value patterns (dotted names), enums, None/True/False identity, and special floats.
from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
class Consts:
    ZERO = 0
    NAN = float("nan")
    class Inner:
        DEEP = "deep"
def m(v):
    match v:
        case Color.RED:
            return "red"
        case Color.GREEN:
            return "green"
        case Consts.ZERO:
            return "zero"
        case Consts.NAN:
            return "nan"
        case Consts.Inner.DEEP:
            return "deep"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case _:
            return "other"
for v in [Color.RED, Color.GREEN, 1, 0, 0.0, False, -0.0, float("nan"), Consts.NAN, "deep", None, True, 1.0, []]:
    print(repr(v), "->", m(v))
def ident(v):
    match v:
        case True:
            return "is True"
        case 1:
            return "== 1"
    return "no"
print(ident(True), ident(1), ident(1.0), ident(False))
class Eq:
    def __eq__(self, other):
        return other == "anything"
match "anything":
    case Consts.Inner.DEEP:
        print("wrong")
    case _:
        print("value patterns compare subject == value? direction:", Eq() == "anything")
class ReverseEq:
    def __eq__(self, other):
        print("  ReverseEq.__eq__ called with", repr(other))
        return True
class Holder:
    x = ReverseEq()
match 5:
    case Holder.x:
        print("matched via the value's __eq__")
match "str":
    case Holder.x:
        print("matched again")
