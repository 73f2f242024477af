# Enums used as state inside classes: state machine with transitions, Flag permissions, auto values.
from enum import Enum, IntEnum, Flag, auto
class State(Enum):
    DRAFT = "draft"
    REVIEW = "review"
    PUBLISHED = "published"
    ARCHIVED = "archived"
    def can_go(self, other):
        return other in TRANSITIONS[self]
TRANSITIONS = {
    State.DRAFT: {State.REVIEW},
    State.REVIEW: {State.DRAFT, State.PUBLISHED},
    State.PUBLISHED: {State.ARCHIVED},
    State.ARCHIVED: set(),
}
class Perm(Flag):
    READ = auto()
    WRITE = auto()
    ADMIN = auto()
    ALL = READ | WRITE | ADMIN
class Level(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10
class Document:
    def __init__(self, title):
        self.title, self.state, self.history = title, State.DRAFT, []
    def move(self, target, perms):
        target = State(target) if isinstance(target, str) else target
        if Perm.WRITE not in perms:
            raise PermissionError(f"{self.title}: need WRITE, have {perms!r}")
        if not self.state.can_go(target):
            raise ValueError(f"{self.state.name} -> {target.name} not allowed")
        self.history.append((self.state.value, target.value))
        self.state = target
doc = Document("spec")
for tgt, perms in [("review", Perm.READ | Perm.WRITE), (State.PUBLISHED, Perm.ALL),
                   ("draft", Perm.ALL), (State.ARCHIVED, Perm.READ), (State.ARCHIVED, Perm.WRITE)]:
    try:
        doc.move(tgt, perms)
        print("ok ->", doc.state)
    except (ValueError, PermissionError) as e:
        print(type(e).__name__, e)
print(doc.history)
try:
    State("deleted")
except ValueError as e:
    print(type(e).__name__, e)
print(list(Perm), Perm.ALL, Perm(3), ~Perm.READ)
print(Level.MID + 1, Level.HIGH > Level.LOW, sorted([Level.HIGH, Level.LOW, 7]), Level(5).name)
print(State["REVIEW"], State.REVIEW.value, [s.name for s in State])
print(isinstance(State.DRAFT, State), type(State.DRAFT).__name__, len(State))
try:
    State.DRAFT = 3
except AttributeError as e:
    print(type(e).__name__, e)
