# bytes.decode with error handlers and UnicodeDecodeError messages.
cases = [b"abc", b"a\xffb", b"\xc3\xa9", b"\xc3", b"\xe2\x82", b"\xe2\x82\xac", b"\xf0\x9f\x98\x80", b"\xed\xa0\x80", b"\x80abc", b"a\xc0\xafb"]
for b in cases:
    for err in ["strict", "ignore", "replace", "backslashreplace"]:
        try:
            print(b, err, repr(b.decode("utf-8", err)))
        except UnicodeDecodeError as e:
            print(b, err, type(e).__name__, e)
for b in [b"\x80", b"abc\xff"]:
    try:
        b.decode("ascii")
    except UnicodeDecodeError as e:
        print(type(e).__name__, e, e.start, e.end, e.reason, e.encoding, e.object)
print(b"\xe9\xff".decode("latin-1"), b"\xff\xfea\x00".decode("utf-16"), b"a\x00b\x00".decode("utf-16-le"), b"\x00a".decode("utf-16-be"))
print(repr(b"a\x00\x00\x00".decode("utf-32-le")), repr(b"\xff\xfe\x00\x00a\x00\x00\x00".decode("utf-32")))
try:
    b"a".decode("utf-16-le")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    b"ab".decode("utf-32")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(bytearray(b"caf\xc3\xa9").decode(), bytes(bytearray(b"xy")).decode())
print(b"\xff".decode(errors="replace"), b"abc".decode(encoding="ascii"))
try:
    b"x".decode("bogus-codec")
except LookupError as e:
    print(type(e).__name__, e)
print(str(b"\xc3\xa9", "utf-8"), str(b"\xff", "utf-8", "ignore"), str(b"abc", encoding="ascii"))
try:
    str(b"\xff", "ascii")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    str("abc", "utf-8")
except TypeError as e:
    print(type(e).__name__, e)
