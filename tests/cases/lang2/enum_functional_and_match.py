# Enums created via the functional API, used with match value patterns and as dict keys in config.
from enum import Enum, IntEnum
Level = Enum("Level", "DEBUG INFO WARNING ERROR")
HttpMethod = Enum("HttpMethod", [("GET", "get"), ("POST", "post")])
Size = IntEnum("Size", {"S": 1, "M": 2, "L": 3})
print(list(Level), Level.INFO.value, HttpMethod.POST.value, Size.M + 1)
print(Level["ERROR"], Level(1), HttpMethod("get"), Level.__name__, type(Level.DEBUG).__name__)
THRESH = {Level.DEBUG: 0, Level.INFO: 10, Level.WARNING: 20, Level.ERROR: 30}
def emit(level, msg, minimum=Level.INFO):
    if THRESH[level] < THRESH[minimum]:
        return None
    match level:
        case Level.ERROR:
            return f"!! {msg}"
        case Level.WARNING:
            return f"!  {msg}"
        case Level.INFO | Level.DEBUG:
            return f"   {msg}"
print([emit(l, l.name.lower()) for l in Level])
print([emit(l, "x", Level.DEBUG) for l in (Level.DEBUG,)])
def parse_size(s):
    match s:
        case Size.S | "small":
            return "S"
        case 2:
            return "M (via int 2)"
        case Size():
            return f"other size {s.name}"
        case str() if s.upper() in Size.__members__:
            return f"by name {Size[s.upper()]!r}"
        case _:
            return "unknown"
print([parse_size(v) for v in [Size.S, "small", Size.M, 2, Size.L, "l", "xl", 1]])
try:
    Level("DEBUG")
except ValueError as e:
    print(type(e).__name__, e)
print(Level.DEBUG < Level.INFO if hasattr(Level.DEBUG, "__lt__") and Level.DEBUG.__lt__(Level.INFO) is not NotImplemented else "unorderable")
try:
    Level.DEBUG < Level.INFO
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(Level, key=lambda l: l.value, reverse=True)[0], max(Size), Size.L > 2)
