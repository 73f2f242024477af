# Decoding error handlers and the UnicodeDecodeError they replace.
samples = [b"ok", b"caf\xc3\xa9", b"\xff\xfe", b"abc\xe2\x82", b"\xc3(", b"\xf0\x9f\x98\x80", b"\xed\xa0\x80", b"\x80abc\x80"]
for errors in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
    row = []
    for b in samples:
        try:
            row.append(ascii(b.decode("utf-8", errors)))
        except UnicodeDecodeError as e:
            row.append("E(%d,%d,%s)" % (e.start, e.end, e.reason))
    print(errors, row)
for errors in ["xmlcharrefreplace", "namereplace", "nope"]:
    try:
        b"\xff".decode("utf-8", errors)
    except (TypeError, LookupError) as e:
        print(errors, type(e).__name__, e)
print(b"\xff".decode("utf-8", "nope") if False else "handlers are looked up lazily:", b"ok".decode("utf-8", "nope"))
print(ascii(b"a\x80b".decode("ascii", "replace")), ascii(b"a\x80b".decode("ascii", "backslashreplace")))
print(ascii(b"\xff\xfe\x00".decode("utf-16", "replace")), ascii(b"abc".decode("utf-32-be", "replace")))
