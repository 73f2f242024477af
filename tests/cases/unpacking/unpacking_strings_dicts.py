# Unpacking strings, dicts, sets, ranges.
a, b, c = "xyz"
print(a, b, c)
k1, k2 = {"first": 1, "second": 2}
print(k1, k2)
v1, v2 = {"first": 1, "second": 2}.values()
print(v1, v2)
lo, hi = sorted({9, 2})
print(lo, hi)
r1, r2, r3 = range(10, 40, 10)
print(r1, r2, r3)
ch, *rest = "hello"
print(ch, "".join(rest))
a, (b, c) = "p", "qr"
print(a, b, c)
try:
    a, b = "abc"
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c, d = {"one": 1}
except ValueError as e:
    print(type(e).__name__, e)
