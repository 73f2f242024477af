# float() from strings and numbers.
for s in ["1", "1.5", "-2.25", "  3.0  ", "1e3", "1E-3", ".5", "5.", "1_000.5", "+0", "-0", "0x10" if False else "10"]:
    print(repr(s), float(s))
print(float(), float(3), float(-7), float(True), float(2 ** 60))
print(float(10 ** 308) if True else 0)
for bad in ["", "abc", "1.2.3", "1e", "--1", "0x10", "1_"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float([])
except TypeError as e:
    print(type(e).__name__, e)
