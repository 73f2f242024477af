# Float repr/str round-trip in serialisation: repr, str, json dumps/loads, float.hex.
import json
vals = [0.1, 1 / 3, 2 / 3, 1e16, 1e-5, 1e-4, 123456789.123456789, 5e-324, 1.7976931348623157e308, -0.0, 100.0, 1e22, 1e23, 0.30000000000000004]
for v in vals:
    r = repr(v)
    print(r, str(v), float(r) == v, json.dumps(v), json.loads(json.dumps(v)) == v, v.hex(), float.fromhex(v.hex()) == v)
doc = {"pi": 3.141592653589793, "list": [0.5, 1e-7, 1e21, 12.0], "neg": -0.0, "big": 10 ** 20, "int": 7}
s = json.dumps(doc, sort_keys=True)
print(s)
back = json.loads(s)
print(back == doc, type(back["big"]).__name__, type(back["list"][3]).__name__, back["neg"])
print(json.dumps([float("inf"), float("-inf"), float("nan")]))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print(type(e).__name__, e)
print(json.loads("[1.0, 1e2, -0, -0.0, 1E-2, 12345678901234567890]"))
print(f"{0.1!r} {0.1!s} {0.1:} {0.1:.17g} {0.1:.55f}")
print(str(1e15), str(1e16), str(123456789012345.6), str(1234567890123456.7), str(0.0001), str(0.00001))
