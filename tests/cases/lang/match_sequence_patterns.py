# Sequence patterns: what counts as a sequence, star placements, lengths, nesting.
from collections import deque
def m(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one {x!r}"
        case [x, y]:
            return f"two {x!r} {y!r}"
        case [first, *middle, last]:
            return f"first {first!r} middle {middle!r} last {last!r}"
        case _:
            return "not a sequence"
for v in [[], (), [1], (1,), [1, 2], (1, 2, 3, 4), range(3), deque([7, 8]), "ab", b"ab", bytearray(b"ab"),
          {1: 2}, {1, 2}, iter([1]), 5, None]:
    print(type(v).__name__, "->", m(v))
def stars(v):
    match v:
        case [*_]:
            return "any sequence"
for v in [[], [1, 2, 3], "str", (x for x in [])]:
    print("star only:", stars(v))
def tail(v):
    match v:
        case [*init, 0]:
            return f"ends with 0 after {init}"
        case [1, *rest]:
            return f"starts with 1, rest {rest}"
        case [*_, [a, *b]]:
            return f"last is a list {a} {b}"
    return "none"
for v in [[5, 6, 0], (0,), [1, 2], [3, [4, 5, 6]], [3, []]]:
    print(v, "->", tail(v))
match (1, [2, (3, 4)]):
    case (a, [b, (c, d)]):
        print("nested", a, b, c, d)
match [1, 2, 3]:
    case (1, *rest):
        print("tuple pattern on list, rest is a", type(rest).__name__, rest)
class MySeq(list):
    pass
match MySeq([1, 2]):
    case [a, b]:
        print("list subclass", a, b)
class StrSub(str):
    pass
match StrSub("xy"):
    case [a, b]:
        print("str subclass matched as sequence")
    case str():
        print("str subclass is not a sequence")
for src in ['match x:\n    case [*a, *b]:\n        pass\n', 'match x:\n    case [a, a]:\n        pass\n',
            'match x:\n    case [a, *a]:\n        pass\n']:
    try:
        exec(src, {"x": []})
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
