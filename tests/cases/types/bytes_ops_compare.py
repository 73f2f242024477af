# bytes concatenation, repetition, comparison, hashing and mixing with bytearray.
a, b = b"abc", bytearray(b"abd")
print(a + b, b + a, type(a + b).__name__, type(b + a).__name__, a * 2, 2 * b, a * 0, b * -1, a * True)
print(a < b, a == bytearray(b"abc"), bytearray(b"abc") == a, a != b, a > b"ab", b"" < b"\x00", b"\xff" > b"\x7f")
print(sorted([b"b", b"a", b"ab", b"", b"B"]), max([b"x", b"xy"]), min(bytearray(b"q"), b"r"))
print(b"a" == "a", b"a" != "a", b"\x00" == 0, hash(b"abc") == hash(b"abc"), hash(b"") == hash(b""))
for f in [lambda: b"a" < "b", lambda: b"a" + "b", lambda: "a" + b"b", lambda: b"a" + 1, lambda: b"a" * 1.5, lambda: hash(bytearray(b"x")),
          lambda: b"a" + [1], lambda: bytearray(b"a") + "b", lambda: b"a" < 1]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print(a + memoryview(b"!") if False else a + bytearray(b"!"), len(a * 3), bool(b""), bool(b"\x00"))
print({b"k": 1}[b"k"], b"x" in {b"x"}, {bytes(bytearray(b"z")): 2})
