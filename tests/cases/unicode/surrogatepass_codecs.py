# surrogatepass writes and reads lone surrogates in the UTF codecs.
s = "A\ud83dB\udfffC"
for enc in ["utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"]:
    b = s.encode(enc, "surrogatepass")
    print(enc, b.hex(" "), ascii(b.decode(enc, "surrogatepass")), b.decode(enc, "surrogatepass") == s)
try:
    s.encode("latin-1", "surrogatepass")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
# Decoding surrogates without surrogatepass fails with CPython's messages
for enc, data in [("utf-8", b"a\xed\xb0\x80"), ("utf-16-le", b"\x00\xdc"), ("utf-16-le", b"\x00\xd8a\x00"),
                  ("utf-16-be", b"\xd8\x00"), ("utf-32-le", b"\x00\xd8\x00\x00"), ("utf-32-le", b"\x00\x00\x11\x00")]:
    try:
        print(data.decode(enc))
    except UnicodeDecodeError as e:
        print(enc, e.start, e.end, e.reason, "|", e)
# A surrogate pair written with surrogatepass is a real pair in UTF-16
pair = "\ud83d\ude00"
print(pair.encode("utf-16-le", "surrogatepass").decode("utf-16-le"), len(pair))
print(ascii("\ud83d\ude00".encode("utf-8", "surrogatepass").decode("utf-8", "surrogatepass")))
