# strip, lstrip, rstrip with and without characters.
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("xyhiyx".strip("xy")), repr("abc".strip("cba")))
print(repr("www.example.com".strip("cmowz.")), repr("...a...".lstrip(".")), repr("...a...".rstrip(".")))
print(repr("".strip()), repr("   ".strip()), repr("a".strip("")), repr("aaa".strip("a")))
print(repr("prefix_name".removeprefix("prefix_")), repr("name.py".removesuffix(".py")))
print(repr("abc".removeprefix("x")), repr("abc".removesuffix("")), repr("abcabc".removeprefix("abc")))
print(repr("\x00 a \x00".strip()), repr("\x00 a \x00".strip("\x00")))
print(repr("  a  b  ".strip().replace(" ", "")))
for t in ["  1 ", "\t2\t", "\n3\n", "4"]:
    print(repr(t), "->", repr(t.strip()), int(t))
