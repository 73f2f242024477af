# format() dispatches to __format__; defaults and subclass behaviour.
class Plain:
    def __str__(self):
        return "plain-str"
print(format(Plain()), format(Plain(), ""), "{}".format(Plain()), f"{Plain()}", f"{Plain()!s:>12}")
try:
    print(format(Plain(), ">12"))
except TypeError as e:
    print(type(e).__name__, e)
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "F"
        return format(self.c, spec) + "C"
t = Temp(21.5)
print(format(t), format(t, ".1F"), f"{t:>8.2f}", "{:F}".format(t), "{0:.0F} {0:e}".format(t))
class BadFormat:
    def __format__(self, spec):
        return 42
try:
    print(format(BadFormat(), ""))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(f"{BadFormat()}")
except TypeError as e:
    print(type(e).__name__, e)
class MyInt(int):
    def __format__(self, spec):
        return "MyInt<" + int.__format__(self, spec) + ">"
class MyInt2(int):
    pass
class MyFloat(float):
    def __str__(self):
        return "custom-str"
print(format(MyInt(5), "03"), f"{MyInt(7):x}", format(MyInt2(255), "#x"), f"{MyInt2(3)}", f"{MyInt2(3)!r}")
print(format(MyFloat(1.5)), format(MyFloat(1.5), ".2f"), f"{MyFloat(1.5)}", str(MyFloat(1.5)), repr(MyFloat(1.5)))
print(format(True), format(True, ""), format(True, "d"), format(True, "^7"), format(False, "#x"), format(True, ".1f"))
print(int.__format__(10, "b"), float.__format__(0.5, "%"), str.__format__("ab", "^6"), complex.__format__(1j, ""))
print(object.__format__(Plain(), ""), type(format(5)).__name__, format(2**64, ""), format(-0.0, ""))
try:
    print(object.__format__(Plain(), "x"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(format(1, None))
except TypeError as e:
    print(type(e).__name__, e)
