# Matching enums and event tuples in a traffic-light/door controller state machine.
from enum import Enum, auto
class Light(Enum):
    RED = auto()
    GREEN = auto()
    YELLOW = auto()
class Door(Enum):
    OPEN = "open"
    CLOSED = "closed"
    LOCKED = "locked"
def next_light(state, event):
    match state, event:
        case Light.RED, ("timer", secs) if secs >= 30:
            return Light.GREEN
        case Light.GREEN, ("timer", secs) if secs >= 25:
            return Light.YELLOW
        case Light.YELLOW, ("timer", _):
            return Light.RED
        case _, ("emergency",):
            return Light.RED
        case (Light.RED | Light.YELLOW) as s, ("pedestrian", _):
            return s
        case Light.GREEN, ("pedestrian", n) if n > 3:
            return Light.YELLOW
        case s, _:
            return s
def door(state, action, key=None):
    match (state, action):
        case (Door.CLOSED, "open"):
            return Door.OPEN
        case (Door.OPEN, "close"):
            return Door.CLOSED
        case (Door.CLOSED, "lock") if key == "secret":
            return Door.LOCKED
        case (Door.LOCKED, "unlock") if key == "secret":
            return Door.CLOSED
        case (Door.LOCKED, "unlock" | "open"):
            raise PermissionError(f"wrong key {key!r}")
        case (Door(value=v), a):
            raise ValueError(f"cannot {a} when {v}")
state = Light.RED
for ev in [("timer", 10), ("timer", 31), ("pedestrian", 2), ("pedestrian", 5), ("timer", 3), ("timer", 1), ("emergency",), ("unknown", 1, 2)]:
    state = next_light(state, ev)
    print(ev, "->", state.name)
d = Door.CLOSED
for action, key in [("open", None), ("lock", None), ("close", None), ("lock", "wrong"), ("lock", "secret"), ("open", None), ("unlock", "x"), ("unlock", "secret")]:
    try:
        d = door(d, action, key)
        print(action, "->", d)
    except (PermissionError, ValueError) as e:
        print(action, "!!", type(e).__name__, e)
def kind(v):
    match v:
        case Light.RED:
            return "red light"
        case Door.OPEN:
            return "open door"
        case "open":
            return "the string open"
        case Light():
            return "some light"
        case _:
            return "other"
print([kind(v) for v in [Light.RED, Light.GREEN, Door.OPEN, "open", Door.LOCKED, 1]])
