# hash() of bytes equals hash() of the same ASCII str; deterministic under PYTHONHASHSEED=0.
for b in [b"", b"a", b"abc", b"hello world", b"\x00", b"\xff", b"\x00\x01\x02\x03", bytes(range(256)),
          b"x" * 7, b"x" * 8, b"x" * 9, b"caf\xc3\xa9", "é".encode("latin-1")]:
    print(b if len(b) < 20 else "len%d" % len(b), hash(b))
print(hash(b"abc") == hash("abc"), hash(b"") == hash(""), hash(b"\xe9") == hash("\xe9"))
print(hash(bytes([97, 98])) == hash(b"ab"), hash(memoryview(b"abc")) == hash(b"abc"))
try:
    print(hash(bytearray(b"abc")))
except TypeError as e:
    print(type(e).__name__, e)
print(hash((b"a", b"b")), hash(frozenset([b"k"])))
print({b"k": 1, "k": 2}, {b"x": 1}.get(b"x"))
print(sorted({b"zeta", b"alpha", b"mid"}), hash(b"zeta") == hash("zeta"))
