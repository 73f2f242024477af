# Encoding round trips through several codecs and every errors= handler.
texts = ["plain", "café", "naïve – “quotes”", "日本語", "emoji 🐍", "\x00\x7f\x80\xff"]
for t in texts:
    for enc in ("utf-8", "utf-16-le", "latin-1", "ascii"):
        for err in ("strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"):
            try:
                b = t.encode(enc, err)
                print(enc, err, b, len(b))
            except UnicodeEncodeError as e:
                print(enc, err, type(e).__name__, e.start, e.end, e.reason)
blobs = [b"caf\xc3\xa9", b"bad \xff\xfe bytes", b"\xe6\x97\xa5\xe6", b"ok\x80", b"\xf0\x9f\x90\x8d!"]
for b in blobs:
    for err in ("strict", "ignore", "replace", "backslashreplace", "surrogateescape"):
        try:
            s = b.decode("utf-8", err)
            print(err, repr(s), len(s))
        except UnicodeDecodeError as e:
            print(err, type(e).__name__, e)
s = b"bad \xff\xfe bytes".decode("utf-8", "surrogateescape")
print(s.encode("utf-8", "surrogateescape"))
print("caf\xe9".encode("utf-8").decode("latin-1"), "café".encode("latin-1").decode("utf-8", "replace"))
print("€".encode("cp1252"), b"\x80".decode("cp1252"), "ü".encode("utf-16"), "ü".encode("utf-32-be"))
print(bytes("héllo", "utf-8"), str(b"h\xc3\xa9llo", "utf-8"), str(b"x\xff", "ascii", "replace"))
print(len("🐍".encode("utf-16-le")), "🐍".encode("utf-16-be").decode("utf-16-be"))
print("a\u00e9\u4e2d\U0001f40d".encode("ascii", "namereplace"))
