# json: dumps formatting options and loads results and error messages, as CPython 3.12.
import json
data = {"name": "Molt", "n": [1, 2.5, -3e-7, 1e22, True, False, None], "nested": {"b": [], "a": {}},
        "uni": "héllo \u2603 \U0001F600 \"q\" \\ \n\t\x01", 3: "int key", 2.5: "float key", None: "nk", False: 0}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=False))
print(json.dumps([1, [2, [3, {}]], {"x": (4, 5)}], indent="\t"))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True, separators=(",", ":")))
print(json.dumps(float("nan")), json.dumps([float("inf"), -float("inf")]), json.dumps(10**30), json.dumps("x"))
for bad in [lambda: json.dumps(float("nan"), allow_nan=False), lambda: json.dumps({(1, 2): 3}),
            lambda: json.dumps(object()), lambda: json.dumps({1j: 0})]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True))
print(json.dumps({1, 2} and sorted({1, 2}), default=list), json.dumps({3}, default=sorted))
loop = []
loop.append(loop)
try:
    json.dumps(loop)
except ValueError as e:
    print(e)
s = json.dumps(data)
back = json.loads(s)
print(back)
print(json.loads('  [1, -0, 0.5, -1.5e3, 2E+2, "a\\u00e9\\ud83d\\ude00\\n", true, false, null, {}] '))
print(json.loads('{"a": {"b": [1, {"c": "d"}]}, "a2": 1, "a2": 2}'))
print(json.loads('NaN'), json.loads('[Infinity, -Infinity]'), json.loads(b'{"x": 1}'), json.loads('123456789012345678901234567890'))
print(json.loads('{"a": 1.5}', parse_float=str), json.loads('[1]', parse_int=float))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=list), json.loads('{"a": 1}', object_hook=lambda d: sorted(d)))
docs = ['', '   ', '[1,]', '{"a":1,}', '{"a" 1}', '{a: 1}', '[1 2]', '"abc', '"a\\x"', '"\\u12g4"',
        '[1] x', 'nul', '"a\x01b"', '{"a":}', '\n\n  [1,\n  oops]', '-', '01', '1.', '.5', '[', '{', '{"a"', '\ufeff[]']
for d in docs:
    try:
        print(repr(json.loads(d)))
    except json.JSONDecodeError as e:
        print(type(e).__name__, e, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
print(json.loads('"a\x01b"', strict=False))
try:
    json.loads(5)
except TypeError as e:
    print(e)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def read(self): return "".join(self.parts)
w = W()
json.dump({"k": [1, 2]}, w, indent=1)
print(w.read(), json.load(w))
