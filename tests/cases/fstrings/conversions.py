# !r, !s, !a conversions.
s = "it's"
print(f"{s}", f"{s!r}", f"{s!s}", f"{s!a}")
print(f"{'é'!a}", f"{'😀'!r}", f"{'😀'!a}", f"{'tab\t'!r}")
print(f"{42!r}", f"{3.0!r}", f"{None!r}", f"{[1, 'a']!r}", f"{(1,)!s}")
class C:
    def __repr__(self):
        return "C()"
    def __str__(self):
        return "C-str"
    def __format__(self, spec):
        return "C-fmt[" + spec + "]"
c = C()
print(f"{c}", f"{c!r}", f"{c!s}", f"{c:abc}", f"{c!r:>8}", f"{c!s:*^9}")
print(f"{'x'!r:>6}|", f"{'x'!s:>6}|")
