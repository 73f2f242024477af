# Mapping patterns: subclasses, .get-based lookup, **rest copies, value keys, duplicate keys.
from collections import defaultdict, OrderedDict
def m(v):
    match v:
        case {"type": "point", "x": x, "y": y, **rest}:
            return f"point {x},{y} rest={rest}"
        case {"type": t}:
            return f"type {t}"
        case {}:
            return f"any mapping ({type(v).__name__}, {len(v)})"
        case _:
            return "not a mapping"
for v in [{"type": "point", "x": 1, "y": 2}, {"type": "point", "x": 1, "y": 2, "z": 3, "w": 4},
          {"type": "line"}, {}, {"other": 1}, [("type", 1)], "type", OrderedDict(type="ordered")]:
    print(m(v))
dd = defaultdict(lambda: "made up")
dd["x"] = 1
print(m(dd), sorted(dd))
class Loud(dict):
    def __getitem__(self, k):
        print("  __getitem__", k)
        return dict.get(self, k)
    def get(self, k, default=None):
        print("  get", k)
        return dict.get(self, k, default)
    def __missing__(self, k):
        return "missing!"
print(m(Loud(type="loud")))
class Rest(dict):
    pass
match Rest(a=1, b=2):
    case {"a": 1, **others}:
        print("rest type:", type(others).__name__, others)
class Keys:
    A = "a"
    B = "b"
match {"a": 1, "b": 2, 3: "three", None: "none", True: "t"}:
    case {Keys.A: 1, Keys.B: b, 3: three, None: n, True: t}:
        print("value keys:", b, three, n, t)
match {1: "int key"}:
    case {True: v}:
        print("True matches key 1:", v)
for src in ['match x:\n    case {"a": 1, "a": 2}:\n        pass\n',
            'match x:\n    case {1: a, 1.0: b}:\n        pass\n',
            'match x:\n    case {**rest, "a": 1}:\n        pass\n',
            'match x:\n    case {"a": 1, **_}:\n        pass\n',
            'match x:\n    case {f(): 1}:\n        pass\n']:
    try:
        exec(src, {"x": {}})
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
def dup_runtime(v):
    class K:
        k1 = "a"
        k2 = "a"
    match v:
        case {K.k1: x, K.k2: y}:
            return x, y
try:
    print(dup_runtime({"a": 1}))
except ValueError as e:
    print(type(e).__name__, e)
