# repr/ascii/str of values when writing debug logs: nested containers, quotes, unicode, escapes.
values = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash", "é ü 日本", "\x00\x1f\x7f\x80\xa0",
          "\u200b\ufeff", "🐍", "\U0001f600\u0301", b"bytes'\"\x00\xff", [1, "a", None], ("t",), {"k": ["v", 1.5]}, {1, 2}, frozenset(), 1e100, -0.0, 1j, None, True]
for v in values:
    print(repr(v), ascii(v), str(v), len(repr(v)))
class Temp:
    def __init__(self, c):
        self.c = c
    def __repr__(self):
        return f"Temp({self.c!r})"
    def __str__(self):
        return f"{self.c}°C"
t = Temp(21.5)
print(t, repr(t), ascii(t), str(t), [t], f"{t}", f"{t!r}", f"{t!a}", "%s %r %a" % (t, t, t), str([t]))
class OnlyStr:
    def __str__(self):
        return "only-str"
o = OnlyStr()
print(str(o), f"{o}", repr(o).startswith("<__main__.OnlyStr object at "), format(o))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
print(repr("\x7f"), repr("\xad"), repr("\u2028"), repr("\ud800"), ascii("\ud800"), repr("a\rb"), repr("'"), repr("\\'"))
