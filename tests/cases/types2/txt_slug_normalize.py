# Build URL slugs and normalise whitespace in user input (no unicodedata; manual accent table).
ACCENTS = str.maketrans({"é": "e", "è": "e", "ê": "e", "û": "u", "ü": "u", "å": "a", "ä": "a",
                         "ö": "o", "ß": "ss", "æ": "ae", "ø": "o", "ç": "c", "ñ": "n"})
def slugify(s):
    s = s.casefold().translate(ACCENTS)
    out = []
    for c in s:
        if c.isalnum() and c.isascii():
            out.append(c)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")
for title in ["Hello, World!", "  Crème Brûlée — Recipe #2 ", "Ångström & Co.", "ﬁnal ½ test",
              "___", "日本 text", "Straße Öl Ñandú", "ÆØÅ-Ç"]:
    print(repr(title), "->", repr(slugify(title)))
def normalize_ws(s):
    return " ".join(s.split())
print(repr(normalize_ws("  many\t\tspaces\n and\u00a0nbsp\u2003em  ")))
print(repr(normalize_ws("\u200bzero width\u200b")), "\u200b".isspace(), "\u3000".isspace(), "\x1f".isspace())
ws = [c for c in map(chr, range(0x3001)) if c.isspace()]
print(len(ws), [hex(ord(c)) for c in ws])
print("a\u00a0b".split(), "a\u00a0b".split(" "), "x\x1cy\x1dz".split(), "x\x1cy".splitlines())
def dedupe_dashes(s):
    while "--" in s:
        s = s.replace("--", "-")
    return s
print(dedupe_dashes("a----b--c-"), "a-b-c".replace("-", "", 1), "aaa".replace("a", "bb", 2), "abc".replace("", "|"))
print("abc".replace("", "-", 2), "".replace("", "x"), "ab".replace("b", ""))
