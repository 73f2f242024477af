# Dataclass field metadata driving a tiny ORM-style schema generator and CSV round-trip.
from dataclasses import dataclass, field, fields, asdict, astuple, MISSING
@dataclass
class Column:
    pass
@dataclass
class User:
    id: int = field(metadata={"pk": True, "sql": "INTEGER"})
    name: str = field(metadata={"sql": "TEXT", "max": 20})
    email: str = field(default="", metadata={"sql": "TEXT", "unique": True})
    score: float = field(default=0.0, metadata={"sql": "REAL"})
    tags: list = field(default_factory=list, repr=False, metadata={"skip": True})
def schema(cls):
    cols = []
    for f in fields(cls):
        if f.metadata.get("skip"):
            continue
        parts = [f.name, f.metadata["sql"]]
        if f.metadata.get("pk"):
            parts.append("PRIMARY KEY")
        if f.metadata.get("unique"):
            parts.append("UNIQUE")
        if f.default is not MISSING:
            parts.append(f"DEFAULT {f.default!r}")
        cols.append(" ".join(parts))
    return f"CREATE TABLE {cls.__name__.lower()} ({', '.join(cols)})"
def to_row(obj):
    return ",".join(str(getattr(obj, f.name)) for f in fields(obj) if not f.metadata.get("skip"))
def from_row(cls, row):
    vals = row.split(",")
    kwargs = {}
    for f, v in zip([f for f in fields(cls) if not f.metadata.get("skip")], vals):
        kwargs[f.name] = f.type(v) if callable(f.type) else v
    return cls(**kwargs)
print(schema(User))
u = User(1, "ann", "a@x", 9.5, ["admin"])
row = to_row(u)
print(row, from_row(User, row), from_row(User, row) == User(1, "ann", "a@x", 9.5))
print(asdict(u), astuple(u))
f = fields(User)[1]
print(f.name, f.type, dict(f.metadata), f.default is MISSING, f.default_factory is MISSING, f.init, f.repr, f.compare)
try:
    f.metadata["new"] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    fields(42)
except TypeError as e:
    print(type(e).__name__, e)
print(fields(User)[4].default_factory, [x.name for x in fields(u)])
