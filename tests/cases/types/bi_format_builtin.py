# format() builtin with specs, __format__ and errors.
print(format(3.14159, ".2f"), format(42, "08d"), format(42, "x"), format("s", ">4"), format(1234567, ","), format(0.25, "%"), format(1e10, "g"))
print(repr(format(5)), repr(format("abc")), repr(format(None)), format([1, 2]), format(1.0), format(True), format(True, "d"), format(3 + 4j, ".1f"))
print(format(-0.0, ".1f"), format(float("nan"), "5"), format(float("inf"), "+"), format(12, "+08.2f"), format(255, "#010x"), format(10**20, "_d"))
print(format("abc", "^9"), format("abc", "*<7"), format("abcdef", ".3"), format(3, "c") if False else format(97, "c"), format(-5, "=+6"))
class F:
    def __format__(self, spec):
        return "F(" + spec + ")"
print(format(F(), "xyz"), format(F()), f"{F():abc}", "{:q}".format(F()))
for v, spec in [(1, "s"), ("a", "d"), (1.5, "d"), ([], "x"), (1, "z"), ("a", "=5"), (1, ",s"), (None, "d"), (1 + 2j, "=5")]:
    try:
        print(format(v, spec))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class BadFormat:
    def __format__(self, spec):
        return 5
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    format()
except TypeError as e:
    print(type(e).__name__, e)
class O:
    pass
try:
    format(O(), "x")
except TypeError as e:
    print(type(e).__name__, e)
print(format(O(), "") == str(O()) if False else "skip", format(2**100, "e"), format(1/3, ".30f"), format(0.1, ".17g"))
