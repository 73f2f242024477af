# hash() of latin-1, BMP and astral strings under PYTHONHASHSEED=0.
for s in ["é", "café", "\xff", "\xa0", "ÿÿ", "naïve", "Ω", "αβγ", "€", "日本語", "한국어", "\u2603",
          "\uffff", "\U0001f600", "a\U0001f600", "\U0010ffff", "😀😃😄", "mixed é Ω 😀", "x"]:
    print(ascii(s), hash(s))
print(hash("é") == hash("e\u0301"), hash("\u00e9") == hash("é"))
print(hash("a" + "é") == hash("aé"), hash("Ω".lower()), hash("ß".upper()))
s = "".join(chr(c) for c in range(0x100, 0x110))
print(ascii(s), hash(s))
t = "".join(chr(c) for c in range(0x1F600, 0x1F608))
print(ascii(t), hash(t))
print(hash(("é", "Ω", "😀")), hash(frozenset(["😀"])))
print(hash(chr(128)), hash(chr(255)), hash(chr(256)), hash(chr(65535)), hash(chr(65536)))
