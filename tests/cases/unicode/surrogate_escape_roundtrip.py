# surrogateescape: undecodable bytes survive a decode/encode round trip, as os.fsdecode uses it.
raw = [b"plain.txt", b"caf\xc3\xa9", b"bad\xff\xfename", b"\x80\x81", b"mixed\xe9\xc3\xa9"]
for b in raw:
    s = b.decode("utf-8", "surrogateescape")
    back = s.encode("utf-8", "surrogateescape")
    print(ascii(s), len(s), back == b, [hex(ord(c)) for c in s if 0xDC80 <= ord(c) <= 0xDCFF])
# latin-1 and ascii with surrogateescape
print(ascii(b"a\xffz".decode("ascii", "surrogateescape")), "a\udcffz".encode("ascii", "surrogateescape"))
print("x\udc80".encode("latin-1", "surrogateescape"))
# Characters surrogateescape cannot encode
for s in ["\udc7f", "\ud800", "\u20ac"]:
    try:
        s.encode("ascii", "surrogateescape")
    except UnicodeEncodeError as e:
        print(type(e).__name__, e.start, e.end, e.reason)
# A displayable form for a file name with undecodable bytes
name = b"report\xff.txt".decode("utf-8", "surrogateescape")
print(name.encode("utf-8", "backslashreplace").decode("ascii"))
print(name.encode("utf-8", "replace"))
