import unicodedata
from collections import Counter

text = "Hello, Wörld! 123 ½ — «quoted» $5 + 3 = 8; 日本語テキスト\t\n\u00a0\u2028\u200d😀\U000e0001"
counts = Counter(unicodedata.category(c) for c in text)
print(sorted(counts.items()))
print("".join(c for c in text if unicodedata.category(c).startswith("L")))
print([unicodedata.category(chr(i)) for i in (0xD800, 0xE000, 0xFFFF, 0x0378, 0x10FFFF, 0x1F600, 0x2028, 0xAD)])
for call in [lambda: unicodedata.category("ab"), lambda: unicodedata.category(65), lambda: unicodedata.category()]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
# Printable / identifier rules follow the categories
sample = [chr(i) for i in (0x41, 0x378, 0xAD, 0x2028, 0xE000, 0x3000, 0x1F600, 0x2118, 0x212E, 0x309B, 0xB7, 0x0300)]
print([c.isprintable() for c in sample])
print([("a" + c).isidentifier() for c in sample], [c.isidentifier() for c in sample])
