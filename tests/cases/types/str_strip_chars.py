# strip/lstrip/rstrip with and without chars.
s = "  \t\n hello world \r\n\x0b\x0c "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("\u3000\u00a0x\u2003".strip()), repr("\u200bx\u200b".strip()))
print(repr("xxhixx".strip("x")), repr("xyhiyx".strip("xy")), repr("xyhiyx".lstrip("yx")), repr("xyhiyx".rstrip("xy")))
print(repr("www.example.com".strip("cmowz.")))
print(repr("aaaa".strip("a")), repr("".strip("a")), repr("abc".strip("")))
print(repr("  x  ".strip(None)), repr("  x  ".lstrip(None)), repr("  x  ".rstrip(None)))
print(repr("ééxéé".strip("é")), repr("😀a😀".strip("😀")))
print(repr("  spaces only not stripped when chars given  ".strip("s")))
print(repr("abcba".strip("ab")), repr("abcba".lstrip("ba")), repr("abcba".rstrip("ab")))
for bad in [1, b"x", ["x"]]:
    try:
        "xx".strip(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "x".strip("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x".strip(chars="x")
except TypeError as e:
    print(type(e).__name__, e)
print(repr(b"  x\t\n".strip()), repr(b"xxaxx".strip(b"x")), repr(b"\x00a\x00".strip(b"\x00")))
print(repr(b"\xa0a\xa0".strip()), repr(b"\x0b\x0ca\x1c".strip()))
print(repr(bytearray(b"--a--").lstrip(b"-")), repr(bytearray(b"--a--").rstrip(b"-")))
try:
    b"x".strip("x")
except TypeError as e:
    print(type(e).__name__, e)
