# Encoding user names to ASCII without an error handler ends in an uncaught UnicodeEncodeError.
names = ["alice", "bob", "josé", "zoë", "łukasz"]
for n in names:
    print(n, n.encode("ascii", "replace"), n.encode("ascii", "ignore"), n.encode("ascii", "xmlcharrefreplace"), n.isascii())
ascii_names = [n for n in names if n.isascii()]
print(ascii_names)
for n in names:
    try:
        n.encode("latin-1")
        print(n, "latin-1 ok")
    except UnicodeEncodeError as e:
        print(n, "latin-1 fails at", e.start, repr(e.object[e.start:e.end]))
sizes = {n: len(n.encode("utf-8")) for n in names}
print(sizes)
encoded = [n.encode("ascii") for n in names]
print(encoded)
