import unicodedata

words = ["café", "cafe\u0301", "ﬁne", "Å", "Å", "①②", "ｈｅｌｌｏ", "x²", "ḱṷṓn", "한국어"]
for form in ["NFC", "NFD", "NFKC", "NFKD"]:
    out = [unicodedata.normalize(form, w) for w in words]
    print(form, [ascii(o) for o in out], [len(o) for o in out])
    print(form, [unicodedata.is_normalized(form, w) for w in words])
# Comparing user input: equal only after normalization
a, b = "caf\u00e9", "cafe\u0301"
print(a == b, unicodedata.normalize("NFC", a) == unicodedata.normalize("NFC", b))
# Stripping accents via NFD and the combining class
def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
print(strip_accents("Crème brûlée à la façon de Zoë"))
print([unicodedata.combining(c) for c in "a\u0301\u0327\u05b0"])
for bad in [("NFX", "a"), ("NFC", 5)]:
    try:
        unicodedata.normalize(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
