# Dataclass inheritance: field order, defaults, default_factory, __post_init__ chains, kw_only.
from dataclasses import dataclass, field, fields, asdict, replace, KW_ONLY
@dataclass
class Entity:
    id: int
    tags: list[str] = field(default_factory=list)
    def __post_init__(self):
        print("Entity.__post_init__", self.id)
        if self.id < 0:
            raise ValueError(f"negative id {self.id}")
@dataclass
class User(Entity):
    name: str = "guest"
    _: KW_ONLY
    admin: bool = False
    email: str | None = None
    def __post_init__(self):
        super().__post_init__()
        print("User.__post_init__", self.name)
        self.name = self.name.strip().title()
u = User(1, ["a"], "  ada lovelace ")
print(u)
print([f.name for f in fields(User)])
print([(f.name, f.kw_only) for f in fields(User)])
print(asdict(u))
u2 = replace(u, id=2, admin=True)
print(u2)
print(u == User(1, ["a"], "ada lovelace"), u == u2)
try:
    User(-5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    User(1, [], "x", True)
except TypeError as e:
    print(type(e).__name__, e)
a, b = User(3), User(4)
a.tags.append("shared?")
print(a.tags, b.tags)
try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e:
    print(type(e).__name__, e)
try:
    @dataclass
    class Bad2:
        items: list = []
except ValueError as e:
    print(type(e).__name__, e)
print(User.__match_args__)
print(repr(User.__init__.__annotations__.get("return")))
