# float() parsing of strings and errors.
for s in ["1.5", "  -2.25\n", "1e3", "1E-3", "inf", "-Infinity", "nan", "+NaN", "1_000.5", ".5", "5.", "0x10" if False else "10", "١٫٥" if False else "١.٥", "1e500", "-1e500", "1e-400", "\u20031.0\u3000"]:
    print(repr(s), float(s))
print(float(), float(5), float(True), float(10**20), float(-0), float("-0"), float(b"2.5"), float(bytearray(b"3")))
for s in ["", "abc", "1.5.5", "1_", "_1", "1__0", "0x10", "1e", "e5", "in f", "nann", "1,5", "--1", "1 2", ".", "١.x"]:
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [None, [1], 1j, {}]:
    try:
        float(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    float(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 7
class Bad:
    def __float__(self):
        return "x"
print(float(F()), float(I()))
try:
    float(Bad())
except TypeError as e:
    print(type(e).__name__, e)
print(float.fromhex("0x1.8p1"), (0.5).hex(), float("1e-5"), float("123456789012345678901234567890"), 1e16, 1e15, 123456789.0)
print(float("0.1") + float("0.2"), repr(float("0.30000000000000004")), str(1e-7), str(1.5e300), float("nan") == float("nan"))
