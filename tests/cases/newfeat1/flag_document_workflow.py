# Realistic: role-based permissions (Flag) guarding a document workflow state machine (Enum)
from enum import Enum, Flag, auto

class Perm(Flag):
    VIEW = auto()
    EDIT = auto()
    REVIEW = auto()
    PUBLISH = auto()
    EDITOR = VIEW | EDIT
    ADMIN = VIEW | EDIT | REVIEW | PUBLISH

class Stage(Enum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    APPROVED = "approved"
    PUBLISHED = "published"

RULES = {
    ("submit", Stage.DRAFT): (Stage.IN_REVIEW, Perm.EDIT),
    ("approve", Stage.IN_REVIEW): (Stage.APPROVED, Perm.REVIEW),
    ("reject", Stage.IN_REVIEW): (Stage.DRAFT, Perm.REVIEW),
    ("publish", Stage.APPROVED): (Stage.PUBLISHED, Perm.PUBLISH | Perm.REVIEW),
}

USERS = {
    "ann": Perm.EDITOR,
    "rex": Perm.VIEW | Perm.REVIEW,
    "pam": Perm.ADMIN,
    "guest": Perm.VIEW,
}

class Denied(Exception):
    pass

def act(stage, user, action):
    key = (action, stage)
    if key not in RULES:
        raise ValueError(f"{action!r} not allowed in {stage.value}")
    target, needed = RULES[key]
    have = USERS[user]
    missing = needed & ~have
    if missing:
        raise Denied(f"{user} lacks {missing!r}")
    return target

stage = Stage.DRAFT
script = [("guest", "submit"), ("ann", "submit"), ("ann", "approve"), ("rex", "reject"),
          ("ann", "submit"), ("rex", "approve"), ("rex", "publish"), ("pam", "publish"),
          ("pam", "publish")]
for user, action in script:
    try:
        stage = act(stage, user, action)
        print(f"{user:>5} {action:<8} -> {stage.name}")
    except (Denied, ValueError) as e:
        print(f"{user:>5} {action:<8} !! {type(e).__name__}: {e}")

for user, perms in USERS.items():
    print(user, repr(perms), [p.name for p in perms], perms.name)
print(repr(Perm.EDITOR), list(Perm), Perm.ADMIN is ~Perm(0))
print(Perm.EDITOR in Perm.ADMIN, Perm.REVIEW in Perm.EDITOR, bool(Perm.EDITOR & Perm.REVIEW))
