# Or-patterns and as-patterns: binding the same names, alternatives tried in order.
def m(v):
    match v:
        case (x, 0) | (0, x):
            return f"axis {x}"
        case [1, y] | [y, 1] | {"one": y}:
            return f"has one, other={y}"
        case (int() | float()) as num if num < 0:
            return f"negative {num}"
        case str() | bytes() as text:
            return f"text {text!r}"
        case [(1 | 2 | 3) as small, *rest] as whole:
            return f"small {small}, rest {rest}, whole {whole}"
        case _:
            return "other"
for v in [(5, 0), (0, 7), (0, 0), [1, 9], [8, 1], {"one": "uno"}, -3, -2.5, "s", b"b", [2, 4, 5], [9, 9]]:
    print(repr(v), "->", m(v))
order = []
class Spy:
    def __init__(self, name, match):
        self.name, self.match = name, match
    def __eq__(self, other):
        order.append(self.name)
        return self.match
class Vals:
    a = Spy("a", False)
    b = Spy("b", True)
    c = Spy("c", True)
match 0:
    case Vals.a | Vals.b | Vals.c:
        print("or stops at first success:", order)
for src in ['match x:\n    case [a] | [b]:\n        pass\n',
            'match x:\n    case _ | 1:\n        pass\n',
            'match x:\n    case y:\n        pass\n    case 1:\n        pass\n',
            'match x:\n    case (a as b) as a:\n        pass\n',
            'match x:\n    case 1 as _:\n        pass\n',
            'match x:\n    case a | 1:\n        pass\n']:
    try:
        exec(src, {"x": 0})
        print("compiles")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
match [1, [2, 3]]:
    case [a, [b, c] as inner] as outer:
        print(a, b, c, inner, outer, inner is outer[1])
match 5:
    case (1 | 5) as n:
        print("as on or", n)
