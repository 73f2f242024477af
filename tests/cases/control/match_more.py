# More match statements: literals, classes, guards, mappings, sequences.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x=x, y=y) if x == y:
            return f"diagonal {x}"
        case Point():
            return "somewhere"
        case _:
            return "not a point"
for p in [Point(0, 0), Point(0, 5), Point(-3, 0), Point(2, 2), Point(1, 2), (1, 2)]:
    print(where(p))
def command(cmd):
    match cmd.split():
        case ["go", ("north" | "south") as d]:
            return "going " + d
        case ["go", other]:
            return "cannot go " + other
        case ["take", *items] if items:
            return "taking " + ", ".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "empty"
        case _:
            return "unknown: " + cmd
for c in ["go north", "go west", "take sword shield", "take", "quit", "", "dance now"]:
    print(repr(c), command(c))
def literal(v):
    match v:
        case None:
            return "None"
        case True:
            return "True"
        case 1.5:
            return "one and a half"
        case "x" | "y":
            return "letter"
        case {"k": [1, *_]}:
            return "mapping with list"
    return "fallthrough"
for v in [None, True, 1, 1.5, "y", {"k": [1, 2, 3]}, {"k": [2]}]:
    print(repr(v), literal(v))
