# Flags and enums in match statements
from enum import Flag, IntFlag, Enum, auto

class Key(Flag):
    SHIFT = auto()
    CTRL = auto()
    ALT = auto()

class Btn(IntFlag):
    LEFT = 1
    RIGHT = 2

def describe(mods):
    match mods:
        case Key.SHIFT:
            return "shift only"
        case Key.CTRL | Key.ALT:
            return "ctrl or alt alone"
        case int():
            return "plain int"
        case m if m == Key.CTRL | Key.SHIFT:
            return "ctrl+shift"
        case m if Key.ALT in m:
            return "alt combo " + str(len(m))
        case Key():
            return "other " + repr(mods)
    return "not a key"

for mods in (Key.SHIFT, Key.CTRL, Key.ALT, Key.CTRL | Key.SHIFT,
             Key.ALT | Key.SHIFT, ~Key(0), Key(0), 3):
    print(repr(mods), "->", describe(mods))

def click(b):
    match b:
        case 1:
            return "literal one"
        case Btn.RIGHT:
            return "right"
        case int(x) if x & Btn.LEFT and x & Btn.RIGHT:
            return "both " + str(int(x))
        case _:
            return "none"

for b in (Btn.LEFT, Btn.RIGHT, Btn.LEFT | Btn.RIGHT, Btn(0), 2):
    print(repr(b), click(b))

class Shape(Enum):
    CIRCLE = "circle"
    SQUARE = "square"

for value in ("circle", Shape.SQUARE, "square"):
    match value:
        case Shape.CIRCLE:
            print(value, "matched CIRCLE member")
        case Shape.SQUARE:
            print(value, "matched SQUARE member")
        case "circle" | "square" as raw:
            print(repr(raw), "matched raw string -> member", Shape(raw))
