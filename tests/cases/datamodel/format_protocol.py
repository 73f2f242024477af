# __format__: format(obj, spec), f-string specs, !r/!s/!a conversions, default object.__format__.
class Money:
    def __init__(self, v): self.v = v
    def __format__(self, spec):
        print("  __format__", repr(spec))
        if spec == "":
            return f"${self.v}"
        if spec == "cents":
            return f"{int(self.v * 100)}c"
        return "$" + format(self.v, spec)
    def __repr__(self): return f"Money({self.v})"
    def __str__(self): return f"{self.v} dollars"
m = Money(3.5)
print(format(m), format(m, "cents"), format(m, ".2f"))
print(f"{m}", f"{m:cents}", f"{m:>10.1f}", f"{m!r}", f"{m!s}", f"{m!a}")
w = 8
print(f"{m:{w}.3f}")
print("{0} {0:cents} {0!r}".format(m), "{:.1f}".format(m))
class Plain:
    def __str__(self): return "plain"
p = Plain()
print(format(p), f"{p}", f"{p:}", "{}".format(p))
try:
    format(p, "10")
except TypeError as e:
    print(type(e).__name__, e)
try:
    f"{p:>5}"
except TypeError as e:
    print(type(e).__name__, e)
print(f"{p!s:>10}|", f"{p!r:.3}|")
class BadFormat:
    def __format__(self, spec): return 5
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
try:
    f"{BadFormat()}"
except TypeError as e:
    print(type(e).__name__, e)
class IntSub(int):
    def __format__(self, spec):
        return "IntSub:" + super().__format__(spec)
print(f"{IntSub(255):x}", format(IntSub(7), "03d"), str(IntSub(3)))
class Uni:
    def __repr__(self): return "\u00fcber"
print(f"{Uni()!a}", f"{Uni()!r}", ascii([Uni()]))
print(f"{m=}", f"{m=:cents}", f"{m=!s}")
