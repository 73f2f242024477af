# Round trips through every codec Molt has, with BOM handling.
texts = ["", "ascii", "café", "€uro", "日本", "😀 emoji", "mix é€😀"]
for enc in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "latin-1"]:
    row = []
    for t in texts:
        try:
            b = t.encode(enc)
            row.append((len(b), b.decode(enc) == t))
        except UnicodeEncodeError as e:
            row.append(("E", e.start, e.end))
    print(enc, row)
print(b"\xfe\xff\x00A".decode("utf-16"), b"\x00\x00\xfe\xff\x00\x00\x00B".decode("utf-32"))
print("A".encode("utf-16"), "A".encode("utf-32"), "A".encode("UTF_16_BE"), "é".encode("Latin1"))
for bad in [b"\x00", b"A\x00\x00"]:
    for enc in ["utf-16", "utf-32"]:
        try:
            bad.decode(enc)
        except UnicodeDecodeError as e:
            print(enc, repr(bad), "->", e)
