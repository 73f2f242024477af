# String format specs: fill, alignment, precision truncation, and errors for numeric-only options.
names = ["Al", "Bernadette", "Ç", ""]
for n in names:
    print(f"[{n:10}] [{n:>10}] [{n:^10}] [{n:.3}] [{n:_<6.2}] [{n!r:>8}]")
print(format("abc", ""), format("abc", "s"), format("abc", "<0"), format("abc", "x^7"), format("abc", "=^1"))
for spec in ["d", "+", "=10", ",", "05", "#", "z", " ", "_", ".2f"]:
    try:
        print(repr(format("abc", spec)))
    except ValueError as e:
        print(spec, type(e).__name__, e)
print("{:>{}}".format("r", 4), "{:{}>{}}".format("r", "*", 4), "{0:{1}}".format("r", "^5"))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        s = f"{self.cents / 100:,.2f}"
        if spec.startswith("$"):
            s = "$" + s
            spec = spec[1:]
        return format(s, spec)
    def __str__(self):
        return f"Money({self.cents})"
m = Money(123456789)
print(f"{m}", f"{m:$}", f"{m:>20}", f"{m:$>20}", f"{m!s}", "{0} {0:$}".format(m))
try:
    print(format(object(), "d"))
except TypeError as e:
    print(type(e).__name__, e)
print(format(None, ""), format(True, ""), format(True, "d"), format(True, ">6"), format([1, 2], ""))
