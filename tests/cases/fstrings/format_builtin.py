# format() builtin and __format__ dispatch.
print(format(42), format(42, "05"), format("s", ">3"), format(3.5, ".3f"), format(True), format(None))
print(format(1234567, ","), format(0.5, ".1%"), format(-7, "+"), format(7, "+"))
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == "usd":
            return f"${self.v:,.2f}"
        return f"{self.v:{spec}}"
m = Money(1234.5)
print(f"{m:usd}", f"{m:.1f}", format(m, "usd"), f"{m:>10}|")
try:
    format(object(), "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(3, "q")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format("s", "=5")
except ValueError as e:
    print(type(e).__name__, e)
