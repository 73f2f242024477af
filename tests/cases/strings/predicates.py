# isdigit, isalpha, isalnum, isspace, isnumeric, isdecimal, isidentifier, isprintable.
samples = ["123", "abc", "abc123", "   ", "", "12.5", "-5", "½", "²", "ABC", "a b", "_id", "1x", "\t\n", "héllo", "x\x00"]
for s in samples:
    print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isnumeric(),
          s.isdecimal(), s.isidentifier(), s.isprintable(), s.isascii())
def classify(ch):
    if ch.isdigit():
        return "digit"
    if ch.isalpha():
        return "upper" if ch.isupper() else "lower"
    if ch.isspace():
        return "space"
    return "other"
print([classify(c) for c in "aB3 !\tZ9_"])
print(sum(c.isdigit() for c in "a1b22c333"), "".join(c for c in "a1b22c333" if c.isalpha()))
