# match: strings are not sequences, nested patterns, mapping rest, class keyword
# patterns, builtin class patterns, guards that see captures, and errors.
class Pt:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Pt3(Pt):
    pass
def classify(v):
    match v:
        case "ab":
            return "the string ab"
        case [("a" | "b") as first, *_]:
            return f"starts with {first}"
        case [int(a), [int(b), int(c)]]:
            return f"nested {a + b + c}"
        case {"x": 1, **rest} if rest:
            return f"x=1 plus {sorted(rest.items())}"
        case {"x": _}:
            return "has x"
        case Pt(x=0) | Pt(y=0):
            return "on an axis"
        case Pt3(a, b) if a > b:
            return f"Pt3 descending {a} {b}"
        case Pt(a, b):
            return f"Pt {a} {b}"
        case float(f) | int(f):
            return f"number {f}"
        case bool(flag):
            return "unreachable"
        case (1, 2):
            return "tuple 1 2"
        case _:
            return "other " + type(v).__name__
for v in ["ab", "abc", ["a", 1], ["b"], [1, [2, 3]], [1, [2, "x"]], {"x": 1, "y": 2},
          {"x": 1}, {"x": 5}, Pt(0, 4), Pt(3, 0), Pt3(5, 2), Pt3(1, 2), Pt(7, 8), 2.5, 3,
          True, (1, 2), [1, 2], range(2), b"ab", None]:
    print(repr(v) if not isinstance(v, Pt) else f"Pt({v.x},{v.y})", "->", classify(v))
def bad(v):
    match v:
        case Pt(1, 2, 3):
            return "three"
try:
    bad(Pt(1, 2))
except TypeError as e:
    print("TypeError", e)
def notclass(v):
    match v:
        case len():
            return "len"
try:
    notclass(1)
except TypeError as e:
    print("TypeError", e)
match 5:
    case x:
        print("captured", x)
print("x after match:", x)
