# A JSON-ish serializer that dispatches on isinstance checks with X | Y unions and match class patterns.
from dataclasses import dataclass
Number = int | float
Scalar = str | Number | bool | None
Container = list | tuple | dict
@dataclass
class Point:
    x: Number
    y: Number
def encode(value, depth=0):
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, Number):
        return repr(value)
    if isinstance(value, str):
        return '"' + value.replace('"', '\\"') + '"'
    if isinstance(value, list | tuple):
        return "[" + ",".join(encode(v, depth + 1) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ",".join(f"{encode(str(k))}:{encode(v, depth + 1)}" for k, v in value.items()) + "}"
    if isinstance(value, Point):
        return encode({"x": value.x, "y": value.y}, depth)
    raise TypeError(f"cannot encode {type(value).__name__} at depth {depth}")
print(encode([1, 2.5, True, None, "q\"s", (3, 4), {"p": Point(1, 2.0)}]))
try:
    encode({"bad": [1, {2, 3}]})
except TypeError as e:
    print(type(e).__name__, e)
def classify(v):
    match v:
        case bool():
            return "bool"
        case int() | float():
            return "number"
        case str() | bytes() as text:
            return f"text({len(text)})"
        case [] | ():
            return "empty seq"
        case Point(x=0, y=0):
            return "origin"
        case Point():
            return "point"
        case _:
            return "other"
for v in (True, 1, 2.5, "ab", b"xyz", [], (), Point(0, 0), Point(1, 0), {1}):
    print(repr(v), classify(v))
print(isinstance(True, Scalar), isinstance({}, Scalar), isinstance({}, Container), isinstance(Point(1, 1), Container))
print(Scalar)
print(Number.__args__, len(Scalar.__args__))
def accepts(kind):
    def check(v):
        if not isinstance(v, kind):
            raise TypeError(f"expected {kind}, got {type(v).__name__}")
        return v
    return check
check_num = accepts(int | float)
print(check_num(3), check_num(2.5))
try:
    check_num("3")
except TypeError as e:
    print(e)
