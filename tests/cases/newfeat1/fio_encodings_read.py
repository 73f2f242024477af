# Decoding on read with errors= handlers
P = "/tmp/molt_tests_newfeat1_enc_read.bin"
raw = b"ok \xc3\xa9 bad \xff\xfe end \xe2\x82\xac\n"
with open(P, "wb") as f:
    f.write(raw)

def load(enc, errors=None):
    try:
        with open(P, encoding=enc, errors=errors) as f:
            return repr(f.read())
    except UnicodeDecodeError as e:
        return "%s: %s | %r %d %d %s" % (type(e).__name__, e, e.object[e.start:e.end], e.start, e.end, e.reason)

for enc, errors in [("utf-8", None), ("utf-8", "strict"), ("utf-8", "replace"),
                    ("utf-8", "ignore"), ("utf-8", "backslashreplace"),
                    ("utf-8", "surrogateescape"), ("latin-1", None),
                    ("ascii", None), ("ascii", "replace"), ("ascii", "ignore")]:
    print(enc, errors, "->", load(enc, errors))

# surrogateescape round trip
with open(P, encoding="utf-8", errors="surrogateescape") as f:
    s = f.read()
with open(P + ".copy", "w", encoding="utf-8", errors="surrogateescape") as f:
    f.write(s)
with open(P + ".copy", "rb") as f:
    print(f.read() == raw)

# latin-1 maps every byte
with open(P, "wb") as f:
    f.write(bytes(range(0xe0, 0x100)))
with open(P, encoding="latin-1") as f:
    s = f.read()
print(len(s), s)
print([hex(ord(c)) for c in s[:3]])

# BOM is just a character for utf-8
with open(P, "wb") as f:
    f.write(b"\xef\xbb\xbfhello")
with open(P, encoding="utf-8") as f:
    print(repr(f.read()))

try:
    open(P, encoding="no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
with open(P, "wb") as f:
    f.write(b"bad \xff byte")
try:
    open(P, "r", encoding="utf-8", errors="bogus").read()
except LookupError as e:
    print(type(e).__name__, e)
