# repr/float round trips and parsing of tricky decimal strings.
samples = ["0.1", "0.30000000000000004", "1e-7", "123456789012345678", "2.5e-3", "-0",
           "1.7976931348623157e308", "4.9e-324", "9007199254740993", "0.1e1", "100e-2", "  -1.25e+2 "]
for s in samples:
    v = float(s)
    r = repr(v)
    print(repr(s), "->", r, float(r) == v, str(v) == r)
for n in [1, 10, 100, 1000]:
    x = 1 / n
    print(n, x, x * n, x * n == 1.0)
vals = [i / 10 for i in range(11)]
print(vals)
print([round(v * 3, 10) for v in vals])
print(float("1" + "0" * 22), float("0." + "0" * 20 + "1"))
print(float(".1e-1"), float("1.e2"), float("-.5"))
print(float("1_0.2_5"), float("1e1_0"))
print(str(1e15 + 0.3), str(1e-15 * 3), repr(123.456e5))
