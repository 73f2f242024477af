# repr() choosing quote characters and escaping.
samples = ["plain", "it's", 'say "hi"', "both ' and \"", "", "\\", "tab\t", "nl\n", "bell\x07",
           "\x7f", "é", "\u200b", "😀", "a'b\"c'", "'", '"']
for s in samples:
    print(repr(s))
print(str("it's"), repr(repr("x")), ascii("héllo"), ascii("😀"), ascii("plain"))
print([("a", "b'c")], {"k": 'v"'})
print(repr("\x00\x01\x1f"), repr("\u0080\u00a0\u00ad"))
for s in ["a", "it's", '"q"', "x\ty"]:
    r = repr(s)
    print(r, len(r), r[0] == r[-1])
print(repr("'" * 3), repr('"' * 2 + "'"), repr("\\n"), repr("\n"))
print(str(["it's", 'a"b', "\n"]))
