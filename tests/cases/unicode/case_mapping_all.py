# Every assigned code point below U+30000: upper/lower/casefold/title/swapcase agree with CPython (checksums).
import unicodedata
bad = {"casefold": [], "title": [], "upper": [], "lower": [], "swapcase": []}
for i in range(0x30000):
    if 0xD800 <= i < 0xE000: continue
    c = chr(i)
    if unicodedata.category(c) == "Cn": continue
    for k in bad:
        bad[k].append(getattr(c, k)())
for k, v in bad.items():
    s = "".join(v)
    print(k, len(s), sum(map(ord, s)) % 1000003)
