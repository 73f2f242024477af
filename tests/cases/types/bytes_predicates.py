# bytes is* predicates are ASCII-only.
samples = [b"abc", b"ABC", b"Abc", b"abc123", b"123", b"", b" ", b"\t\n\x0b\x0c\r ", b"\x1c", b"\xe9", b"a b", b"Hello World",
           b"Hello world", b"HELLO 2", b"\x80", b"_", b"\xb2", b"A1b"]
for s in samples:
    print(s, s.isalnum(), s.isalpha(), s.isdigit(), s.isspace(), s.isupper(), s.islower(), s.isascii())
ba = bytearray(b"Title Case")
print(ba.isascii(), bytearray(b"\xff").isascii(), bytearray().isalpha())
try:
    b"x".isalpha(1)
except TypeError as e:
    print(type(e).__name__, e)
