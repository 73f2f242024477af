# str.encode and bytes.decode round trips.
for s in ["hello", "héllo", "€uro", "😀", ""]:
    b = s.encode("utf-8")
    print(repr(s), b, len(s), len(b), b.decode("utf-8") == s)
print("abc".encode("ascii"), "é".encode("latin-1"), "é".encode("utf-16-le"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print("é".encode("ascii", "replace"), "é".encode("ascii", "ignore"), b"a\xffb".decode("utf-8", "replace"))
print(list("hi".encode()), bytes([104, 105]).decode())
