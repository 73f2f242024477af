# Builtin classes that match the whole subject with one positional sub-pattern.
def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r}"
        case bytes(b):
            return f"bytes {b!r}"
        case bytearray(b):
            return f"bytearray {b!r}"
        case list([first, *_]):
            return f"list starting {first}"
        case list(l):
            return f"empty list {l}"
        case tuple((a, b)):
            return f"pair {a} {b}"
        case tuple(t):
            return f"tuple {t}"
        case dict({"k": v}):
            return f"dict with k={v}"
        case dict(d):
            return f"dict {d}"
        case frozenset(fs):
            return f"frozenset {sorted(fs)}"
        case set(s):
            return f"set {sorted(s)}"
        case None:
            return "None"
        case _:
            return f"other {type(v).__name__}"
for v in [True, 0, -3, 2.5, "", "abc", b"x", bytearray(b"y"), [1, 2], [], (1, 2), (1, 2, 3), {"k": 9},
          {"j": 1}, frozenset({3, 1}), {2, 1}, None, 1j, range(2)]:
    print(repr(v), "->", kind(v))
class MyInt(int):
    pass
class MyStr(str):
    pass
print(kind(MyInt(5)), kind(MyStr("sub")))
def literal(v):
    match v:
        case 1:
            return "one"
        case True:
            return "True"
        case 0.0:
            return "zero float"
        case -2:
            return "minus two"
        case 1+2j:
            return "complex"
        case "a" "b":
            return "concatenated ab"
        case b"raw":
            return "bytes raw"
        case _:
            return "nothing"
for v in [1, True, 1.0, 0, -0.0, False, -2, 1+2j, "ab", b"raw", "raw", 2]:
    print(repr(v), "->", literal(v))
