# !r, !s and !a conversions in str.format and f-strings for numbers and strings.
vals = [1, -2.5, 1e100, 1 + 2j, True, None, "text", "é\n", "😀", b"by", [1, "a"], (1.0,), {"k": 0.5}]
for v in vals:
    print("{0!s}|{0!r}|{0!a}".format(v), f"{v!s:>8}|{v!r:<8}|{v!a:^10}|")
class X:
    def __str__(self):
        return "str-X"
    def __repr__(self):
        return "repr-X\u00e9"
    def __format__(self, spec):
        return "fmt-X[" + spec + "]"
x = X()
print("{0}|{0!s}|{0!r}|{0!a}|{0:spec}|{0!s:>8}|{0!r:.4}".format(x))
print(f"{x}|{x!s}|{x!r}|{x!a}|{x:abc}|{x=}|{x=!s}|{x=:q}")
n = 3.0
print(f"{n=}", f"{n = }", f"{n=:.2f}", f"{n=!r:>6}", f"{1+1=}", f"{'s'=}")
class F(float):
    def __repr__(self):
        return "F!"
print("{0}|{0!r}|{0:.1f}".format(F(2.5)), str(F(2.5)), f"{F(2.5)}")
