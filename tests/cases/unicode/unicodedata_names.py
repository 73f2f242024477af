import unicodedata

for ch in "A z 0 ~ é ß Ω Ж א ب अ 中 가 € ∑ ♥ ☃ 😀 \u0301 \u00a0 \u200b".split(" ") + [" "]:
    print(ascii(ch), unicodedata.name(ch, "<none>"), unicodedata.category(ch))
for name in ["LATIN CAPITAL LETTER A", "snowman", "GREEK SMALL LETTER LAMDA", "EURO SIGN",
             "CJK UNIFIED IDEOGRAPH-4E2D", "HANGUL SYLLABLE GA", "GRINNING FACE", "NOT A REAL NAME"]:
    try:
        print(name, ascii(unicodedata.lookup(name)))
    except KeyError as e:
        print("KeyError", e)
print(unicodedata.name("\x00", None), unicodedata.name("\ue000", "private"), unicodedata.unidata_version)
try:
    unicodedata.name("\x07")
except ValueError as e:
    print("ValueError", e)
print("\N{BLACK HEART SUIT}" == unicodedata.lookup("BLACK HEART SUIT"))
