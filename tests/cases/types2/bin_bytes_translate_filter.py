# bytes.translate/maketrans for filtering and mapping binary data (sanitising log bytes).
raw = b"Log\x00line\x01with\tcontrol\x7f chars\r\nand \xe9 high bytes\x1b[31m"
printable = bytes(range(32, 127))
deletes = bytes(c for c in range(256) if c not in printable and c not in b"\t\n")
clean = raw.translate(None, deletes)
print(clean)
dots = bytes(c if c in printable else ord(".") for c in range(256))
print(raw.translate(dots))
upper = bytes.maketrans(b"abcdefghijklmnopqrstuvwxyz", b"ABCDEFGHIJKLMNOPQRSTUVWXYZ")
print(len(upper), upper[97:100], raw.translate(upper, b"\x00\x01\x7f"))
rot13 = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", b"NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm")
print(b"Hello, World!".translate(rot13), b"Hello, World!".translate(rot13).translate(rot13))
print(bytearray(b"abc").translate(upper), type(bytearray(b"abc").translate(upper)).__name__, bytes.maketrans(b"", b"") == bytes(range(256)))
print(b"aabbcc".translate(None, b"b"), b"abc".translate(None), b"".translate(upper), bytearray.maketrans(b"a", b"b")[97])
for bad in [lambda: b"x".translate(b"short"), lambda: bytes.maketrans(b"ab", b"a"), lambda: b"x".translate(None, "x"), lambda: bytes.maketrans("a", "b")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(b"mixed CASE 123".upper(), b"MIXED".lower(), b"hello world".title(), b"\xe9".upper(), b"abc".isalpha(), b"ab1".isalnum(), b"\xe9".isalpha())
print(b"  pad ".strip(), b"xxdataxx".strip(b"x"), b"123".isdigit(), b" \t\n".isspace(), b"Title Case".istitle(), b"".isupper(), b"A1".isupper())
