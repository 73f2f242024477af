# Case conversion of unicode text: upper/lower/casefold/title/swapcase with special mappings.
samples = ["straße", "İstanbul", "ǅemal", "ΣΊΣΥΦΟΣ", "ﬁne ﬂow", "ŉ", "groß GROẞ",
           "Ärger über Öl", "hello WORLD 123", "o'neil mcdonald", "ǈubljana", "ΌΣΟΣ"]
for s in samples:
    print(s, "|", s.upper(), "|", s.lower(), "|", s.casefold(), "|", s.title(), "|", s.swapcase())
    print("  ", len(s), len(s.upper()), len(s.lower()), len(s.casefold()), s.istitle(), s.isupper(), s.islower())
print("straße".casefold() == "STRASSE".casefold(), "straße".lower() == "strasse")
print("ΣΑΣ".lower(), "ΑΣ ΣΑ".lower(), "Σ".lower(), "AΣb".lower())
print("they're bill's friends".title(), "3rd place".title(), "x-ray_vision".title())
print("ǆ".upper(), "ǆ".title(), "ǆ".capitalize(), "ǅ".lower())
print("ﬀ".upper(), "ﬀ".capitalize(), "ß".capitalize(), "ßa".title())
print("i̇".upper(), len("İ".lower()), [hex(ord(c)) for c in "İ".lower()])
words = "the quick ﬁsh jumps".split()
print(" ".join(w.capitalize() for w in words))
def snake_to_camel(s):
    head, *rest = s.split("_")
    return head.lower() + "".join(p.capitalize() for p in rest)
def camel_to_snake(s):
    out = []
    for i, c in enumerate(s):
        if c.isupper() and i:
            out.append("_")
        out.append(c.lower())
    return "".join(out)
for s in ["user_name", "HTTP_response_code", "a__b", "_private", "x"]:
    print(s, "->", snake_to_camel(s))
for s in ["userName", "HTTPResponse", "already_snake", "ÄpfelBirnen"]:
    print(s, "->", camel_to_snake(s))
print(sorted(["b", "A", "ä", "Z", "a", "Ä"]), sorted(["b", "A", "ä", "Z", "a", "Ä"], key=str.casefold))
