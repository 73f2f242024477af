# A serializer built on functools.singledispatch and singledispatchmethod with class hierarchies.
from functools import singledispatch, singledispatchmethod
from dataclasses import dataclass, fields, is_dataclass
from enum import Enum
class Color(Enum):
    RED = 1
    BLUE = 2
@dataclass
class Point:
    x: int
    y: int
@dataclass
class Shape:
    name: str
    points: list
    color: Color = Color.RED
@singledispatch
def to_json(obj):
    if is_dataclass(obj):
        return "{" + ", ".join(f'"{f.name}": {to_json(getattr(obj, f.name))}' for f in fields(obj)) + "}"
    raise TypeError(f"cannot serialize {type(obj).__name__}")
@to_json.register
def _(obj: str):
    return '"' + obj.replace('"', '\\"') + '"'
@to_json.register(int)
@to_json.register(float)
def _num(obj):
    return repr(obj)
@to_json.register
def _(obj: bool):
    return "true" if obj else "false"
@to_json.register(type(None))
def _(obj):
    return "null"
@to_json.register(list)
@to_json.register(tuple)
def _(obj):
    return "[" + ", ".join(map(to_json, obj)) + "]"
@to_json.register
def _(obj: dict):
    return "{" + ", ".join(f"{to_json(str(k))}: {to_json(v)}" for k, v in obj.items()) + "}"
@to_json.register
def _(obj: Enum):
    return to_json(obj.name)
print(to_json(Shape("tri", [Point(0, 0), Point(1, 0), Point(0, 1)])))
print(to_json({"a": [1, 2.5, None, True], "b": 'say "hi"', 3: (Color.BLUE,)}))
try:
    to_json({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
print(to_json.dispatch(bool).__name__, to_json.dispatch(int).__name__, to_json.dispatch(object).__name__)
print(sorted(t.__name__ for t in to_json.registry))
class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return f"<{type(arg).__name__}>"
    @fmt.register
    def _(self, arg: int):
        return f"int:{arg:+d}"
    @fmt.register
    def _(self, arg: list):
        return "[" + "|".join(self.fmt(a) for a in arg) + "]"
class LoudFormatter(Formatter):
    @Formatter.fmt.register
    def _(self, arg: str):
        return arg.upper()
f = LoudFormatter()
print(f.fmt(5), f.fmt([1, "a", 2.0]), Formatter().fmt("x"))
