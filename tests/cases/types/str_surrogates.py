# Lone surrogates are valid str code points in CPython.
s = "a\ud800b"
print(len(s), repr(s), ascii(s), ord(s[1]), hex(ord(chr(0xDC00))), repr(chr(0xDFFF)))
print(s.isprintable(), "\ud800".isalpha(), "\udc00".isspace(), s[1] == "\ud800", "\ud800" < "\ue000", "\ud7ff" < "\ud800")
print(repr("\ud83d\ude00"), len("\ud83d\ude00"), "\ud83d\ude00" == "😀")
try:
    s.encode("utf-8")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print(s.encode("utf-8", "surrogatepass"), s.encode("utf-8", "replace"), s.encode("utf-8", "ignore"), s.encode("utf-8", "backslashreplace"))
print(s.encode("utf-16-le", "surrogatepass"), s.encode("ascii", "xmlcharrefreplace"))
print(repr(b"a\xffb".decode("utf-8", "surrogateescape")), repr(b"\xed\xa0\x80".decode("utf-8", "surrogatepass")))
print("a\udcffb".encode("utf-8", "surrogateescape"), "\udc80".encode("latin-1", "surrogateescape"))
try:
    "\ud800".encode("utf-8", "surrogateescape")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print(repr(s.upper()), repr(s[::-1]), repr(s.replace("\ud800", "-")), s.find("\ud800"))
print(repr(str(["\ud800"])), repr(f"{s!r}"))
