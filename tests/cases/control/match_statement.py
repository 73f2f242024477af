# Structural pattern matching basics.
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case int(n) if n < 0:
            return f"negative {n}"
        case int():
            return "int"
        case str() as s:
            return f"string {s!r}"
        case [a, b]:
            return f"pair {a},{b}"
        case [first, *rest]:
            return f"list starting {first} with {len(rest)} more"
        case {"type": t, **others}:
            return f"dict of type {t} with {sorted(others)}"
        case (x, y, z):
            return "triple"
        case _:
            return "other"
for v in [0, 2, -7, 42, "hi", [1, 2], [1, 2, 3], (9,), {"type": "t", "a": 1}, 3.5, None, []]:
    print(repr(v), "->", describe(v))
