# Encodings on write: utf-8, latin-1, ascii and errors= handlers
P = "/tmp/molt_tests_newfeat1_enc_write.bin"
text = "café – naïve ☃ ok"

def dump(enc, errors="strict"):
    try:
        with open(P, "w", encoding=enc, errors=errors) as f:
            print(enc, errors, "encoding attr:", f.encoding, f.errors)
            f.write(text)
    except UnicodeEncodeError as e:
        print(enc, errors, type(e).__name__, e)
        print("  attrs:", e.encoding, e.start, e.end, repr(e.object[e.start:e.end]), e.reason)
        return
    with open(P, "rb") as f:
        print("  bytes:", f.read())

dump("utf-8")
dump("latin-1")
dump("ascii")
dump("latin-1", "replace")
dump("ascii", "replace")
dump("ascii", "ignore")
dump("ascii", "backslashreplace")
dump("ascii", "xmlcharrefreplace")
dump("latin-1", "xmlcharrefreplace")
dump("ascii", "namereplace")

# bytes written before the failing write stay in the file
try:
    with open(P, "w", encoding="ascii") as f:
        f.write("good line\n")
        f.write("bad ü\n")
except UnicodeEncodeError as e:
    print("mid-write:", e.reason, e.start)
with open(P, "rb") as f:
    print(f.read())

for name in ("UTF-8", "utf8", "Latin1", "iso-8859-1", "US-ASCII"):
    with open(P, "w", encoding=name) as f:
        f.write("A")
        print(name, "->", f.encoding)
