# upper/lower/casefold/title/capitalize/swapcase with full Unicode case mapping.
words = ["ß", "ﬁ", "ﬂour", "İ", "ǅ", "ǆ", "Ǆ", "ΣΑΣ", "ὈΔΥΣΣΕΎΣ", "ŉ", "ΐ", "straße", "ﬃ", "Ω", "ǰ", "ᾳ"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.casefold()), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()))
print(len("ß".upper()), len("İ".lower()), len("ﬁ".upper()), [hex(ord(c)) for c in "İ".lower()])
print("they're bill's friends from the UK".title())
print("hello world 3rd place".title(), "a1b2c3".title(), "ABC def".title(), "o'neil mc-donald".title())
print("hELLO wORLD".capitalize(), "123abc".capitalize(), "ǆemal".capitalize(), "ﬁsh".capitalize(), "".capitalize())
print("Hello World ß".swapcase(), "ΣΑΣ σας".swapcase())
print("ΑΣ".lower(), "ΑΣ ΑΣ.".lower(), "Σ".lower(), "ΑΣΑ".lower(), "ΑΣ1".lower())
print("Straße".casefold() == "STRASSE".casefold(), "ﬁ".casefold(), "ΣΑΣ".casefold())
print("MiXeD 123 ÇASE".lower(), "MiXeD 123 çase".upper())
