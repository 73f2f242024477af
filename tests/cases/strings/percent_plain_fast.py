# %-formatting with bare %s/%d/%i/%% conversions of strs and ints (formatted without the
# general machinery) next to everything that must still take the general path: other
# argument kinds, flags, widths, mapping keys, errors.

class S(str):
    def __str__(self):
        return "S.__str__"

class I(int):
    pass

cases = [
    ("%s", "abc"), ("%s", ("abc",)), ("%s-%s", ("a", "b")), ("%d%%", 5), ("%i|%d", (-3, 2 ** 40)),
    ("é%sü€", "ß"), ("%s", 2 ** 70), ("%d", 2 ** 70), ("%s", True), ("%d", False), ("%s", 1.5),
    ("%d", 2.7), ("%s", None), ("%s", S("x")), ("%d", I(7)), ("%s", I(7)), ("%5s|", "ab"),
    ("%-4d|", 3), ("%(k)s", {"k": "v"}), ("%s %r", ("a", "b")), ("%x", 255), ("plain", ()),
    ("%%", ()), ("%s", ()), ("%s", ((),)), ("%s %s", ("one",)), ("abc", "x"), ("%d", "x"),
    ("%s%", "a"), ("%s", [1, 2]), ("%s", ("a", "b")), ("", ""), ("%s", ""), ("%d", -0),
]
for fmt, args in cases:
    try:
        r = fmt % args
        print(repr(fmt), "->", repr(r))
    except (TypeError, ValueError) as e:
        print(repr(fmt), type(e).__name__, e)
