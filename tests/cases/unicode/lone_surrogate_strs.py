# Lone surrogates are ordinary code points of a str.
hi, lo = chr(0xD800), "\udc00"
s = "x" + hi + "y" + lo
print(len(s), ascii(s), repr(s), [hex(ord(c)) for c in s])
print(s.index(lo), s.count(hi), s.split(hi), ascii(s.upper()), ascii(s[::-1]), ascii(s * 2))
print(hi < "\ue000", hi > "\ud7ff", sorted(["\uffff", lo, hi, "a", "\U00010000"], key=ord) == sorted(["\uffff", lo, hi, "a", "\U00010000"]))
print(ascii(max(["\ue000", "\udfff"])), ascii(min(["\ue000", "\udfff"])))
print(hi.isprintable(), hi.isalpha(), hi.isspace(), hi.isidentifier(), hi.isascii(), hi.islower(), hi.isupper())
d = {hi: 1, lo: 2, "\ufffd": 3}
print(len(d), d[hi], d[lo], d["\ufffd"], hash(hi) == hash(chr(0xD800)))
print({hi, lo, hi} == {lo, hi}, ascii(f"{hi!r}"), ascii("%s|%r" % (lo, lo)), ascii("{:>4}".format(hi)))
print(ascii("%c" % 0xDABC), ascii(format(0xDC01, "c")), ascii(str.maketrans({hi: "H"})), ascii(s.translate({0xD800: "H", 0xDC00: None})))
print(ascii(hi.join("abc")), ascii("a\ud800b".partition(hi)), ascii(hi.center(5, "*")))
try:
    print(s)
except UnicodeEncodeError as e:
    print(type(e).__name__, e.encoding, e.start, e.end, e.reason)
