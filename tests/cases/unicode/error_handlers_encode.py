# Every encoding error handler on text the codec cannot represent.
texts = ["caf\u00e9", "\u20ac5 \u2192 \u03c0", "\U0001F600!", "naïve résumé", "\u0378x", "tab\tok"]
for enc in ["ascii", "latin-1"]:
    for errors in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
        print(enc, errors, [t.encode(enc, errors) for t in texts])
for t in texts:
    try:
        t.encode("ascii")
    except UnicodeEncodeError as e:
        print(e.encoding, e.start, e.end, e.reason, ascii(e.object[e.start:e.end]), "|", e)
try:
    "abc".encode("utf-8", "bogus")
except LookupError as e:
    print("ok, no error for encodable text?", e)
else:
    print("encodable text never consults the handler")
try:
    "abc\u20ac".encode("ascii", "bogus")
except LookupError as e:
    print(type(e).__name__, e)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
