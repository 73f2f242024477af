# Annotations using builtin generics and unions are evaluated at definition time and introspectable.
from dataclasses import dataclass, fields, MISSING
import typing
import types
def describe(tp):
    origin = typing.get_origin(tp)
    if origin is None:
        return getattr(tp, "__name__", repr(tp))
    args = ", ".join(describe(a) for a in typing.get_args(tp))
    name = "Union" if origin is types.UnionType else origin.__name__
    return f"{name}[{args}]"
def handler(request: dict[str, list[int]], timeout: float | None = None, *tags: str, **extra: int | str) -> tuple[bool, str]:
    return True, "ok"
for name, tp in handler.__annotations__.items():
    print(name, "->", describe(tp), "|", tp)
@dataclass
class Inventory:
    items: dict[str, int]
    tags: set[str] | frozenset[str]
    history: list[tuple[str, int]]
    owner: str | None = None
for f in fields(Inventory):
    print(f.name, describe(f.type), "<required>" if f.default is MISSING else f.default)
class Config:
    retries: int
    hosts: list[str]
    mode: "str | None"
    limit: int | float = 3
print(Config.__annotations__)
print(typing.get_type_hints(Config)["mode"], typing.get_type_hints(handler)["return"])
def untyped(a, b=1):
    pass
print(untyped.__annotations__, handler.__annotations__["return"].__args__)
lambda_ann = lambda x: x
print(lambda_ann.__annotations__)
def ret_only() -> list[int] | None: ...
print(ret_only.__annotations__)
x: list[int] = [1]
y: dict[str, "Forward"]
print(__annotations__)
def validate(obj, cls):
    errors = []
    for name, tp in typing.get_type_hints(cls).items():
        v = getattr(obj, name, None)
        origin = typing.get_origin(tp) or tp
        if origin is types.UnionType:
            check = tuple(typing.get_origin(a) or a for a in typing.get_args(tp))
        else:
            check = origin
        if not isinstance(v, check):
            errors.append(f"{name}: expected {tp}, got {type(v).__name__}")
    return errors
print(validate(Inventory({"a": 1}, {"x"}, [], None), Inventory))
print(validate(Inventory([], ["x"], (), 5), Inventory))
