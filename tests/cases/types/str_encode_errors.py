# str.encode with codecs and error handlers; print the bytes.
s = "aé€😀"
for enc in ["utf-8", "utf8", "UTF-8", "latin-1", "latin1", "iso-8859-1", "ascii", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]:
    for err in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        try:
            print(enc, err, s.encode(enc, err))
        except UnicodeEncodeError as e:
            print(enc, err, type(e).__name__, e)
print("abc".encode(), "abc".encode(encoding="ascii"), "é".encode(errors="strict"))
try:
    "é".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
try:
    "é".encode("ascii", "no-such-handler")
except LookupError as e:
    print(type(e).__name__, e)
try:
    "abc€def".encode("latin-1")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
    print(e.encoding, e.start, e.end, repr(e.object), e.reason)
print("😀".encode("ascii", "backslashreplace"), "\x7f\x80".encode("ascii", "backslashreplace"))
try:
    "éé".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    "x".encode(1)
except TypeError as e:
    print(type(e).__name__, e)
