# str(), repr(), ascii(), format() builtins.
for v in ["plain", "tab\t", "é", "日本", "😀", 5, 2.5, None, [1, "é"]]:
    print(str(v), repr(v), ascii(v), format(v) if not isinstance(v, list) else "-")
print(format(3.14159, ".2f"), format(42, "08b"), format("x", "^5"), format(1234567, ","), format(True, ""))
print(str(b"abc"), repr(b"a'b"), ascii(b"\xff"), str(1e-7), str(-0.0))
for v in [0, -5, 3.0, True]:
    print(str(v), repr(v), ascii(v), format(v, ">6") + "|")
print(ascii("ü\u200b\x00"), repr("ü\u200b\x00"))
class S:
    def __str__(self):
        return "S.__str__"
print(str(S()), format(S()), f"{S()}", "%s" % S())
print(str(), repr(""), ascii(""))
