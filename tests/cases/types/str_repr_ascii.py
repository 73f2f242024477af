# repr/ascii of strings with quotes, escapes and unicode.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "back\\slash", "tab\tnl\ncr\r", "\x00\x01\x1f\x7f", "\x80\x9f\xa0\xad",
           "é", "日本", "😀", "\u200b", "\u2028", "\U0010ffff", "\ufeff", "\x1b[0m", "'", '"', "'\"", "\a\b\f\v", "\u0301", "\U000e0041"]
for s in samples:
    print(repr(s), ascii(s), len(repr(s)))
print(repr(["é", "'", '"']), ascii(["é", "'"]), ascii({"k": "😀"}), repr(("\n",)))
print(str("é"), ascii("é") == repr("é"), ascii(1), ascii(b"\xff"), ascii(None))
class R:
    def __repr__(self):
        return "Rép"
print(ascii(R()), repr(R()), ascii([R()]))
class Bad:
    def __repr__(self):
        return 42
try:
    repr(Bad())
except TypeError as e:
    print(type(e).__name__, e)
print(f"{'é'!a} {'x'!r} {'\t'!r}".replace("\t", "TAB"))
print("%r %a" % ("é\n", "é\n"))
