# %-formatting of strings: s r a, width, precision, '*' and '%%'.
vals = ["abc", "", "é", "😀", "quote'd", 'dq"', "nl\n", 42, None, [1, "x"], (1,), b"bytes"]
for v in vals:
    print("[%s][%r][%a][%8s][%-8s][%.2s][%8.2r]" % ((v,) * 7))
print("%s" % "only", "%s %s" % ("a", "b"), "%s" % ("tuple-one",), "%s" % [1, 2], "%s" % {"k": 1})
print("%s" % ((1, 2),), "%r" % ((1, 2),), "100%%", "%%s", "%d%%" % 50, "%s%%%s" % ("a", "b"))
print("[%*s][%-*s][%.*s][%*.*s]" % (6, "ab", 6, "ab", 1, "ab", 5, 2, "abcdef"))
print("[%*d][%*d][%-*d]" % (-6, 7, 4, -7, 3, 8))
print("%(a)s-%(b)r-%(a)5s-%(c)d%%" % {"a": "x", "b": "y", "c": 7})
print("%(key with space)s %(é)s" % {"key with space": 1, "é": 2}, "%()s" % {"": "empty"})
print("%s" % "", "%5s|" % "", "%c%s" % ("x", "y"), "%-3c|" % "q")
print("%s %s" % ("flags", "ok"), "%+s" % "s", "% s" % "t", "%0s" % "u", "%#r" % "v")
class R:
    def __repr__(self):
        return "R\u00e9pr"
    def __str__(self):
        return "Str"
print("%s %r %a" % (R(), R(), R()))
b = b"%s and %d and %x" % (b"bytes", 5, 255)
print(b, b"%c%c" % (65, b"B"), b"%a" % "é", b"%r" % "s")
