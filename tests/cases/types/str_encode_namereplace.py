# The namereplace error handler uses Unicode character names.
for s in ["é€", "x\u00e9", "😀", "\u2028", "\x7f\x80", "\u00a0ab\u00ff"]:
    for enc in ["ascii", "latin-1"]:
        print(repr(s), enc, s.encode(enc, "namereplace"))
print("Ω".encode("ascii", errors="namereplace").decode("ascii"))
print("\N{GREEK SMALL LETTER ALPHA}\N{EM DASH}\N{SNOWMAN}", len("\N{LATIN CAPITAL LETTER A}"))
