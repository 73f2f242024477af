# Unicode strings: lengths, slicing, case, comparison.
s = "naïve café 日本語 😀!"
print(s, len(s), s[6:10], s[-2:], s[::-1])
print(s.upper(), s.title(), s.split())
print([ord(c) for c in "日本"], "日" < "本", "é" > "e")
print(s.find("日"), s.index("😀"), s.count("é"), "語" in s)
print(len(s.encode("utf-8")), len(s.encode("utf-16-le")) // 2)
print("ß".upper(), "ﬁ".upper(), "Σ".lower(), "ΌΣΟΣ".lower())
for c in "aé日😀":
    print(c, c.isalpha(), c.isupper(), c.islower(), len(c.encode()))
