# bytes upper/lower/title/capitalize/swapcase only touch ASCII letters.
for b in [b"Hello World", b"they're bill's", b"hELLO wORLD", b"\xe9abc\xc9", b"123abc", b"", b"a1b2 c3", b"o'neil mc-donald"]:
    print(b.upper(), b.lower(), b.title(), b.capitalize(), b.swapcase())
ba = bytearray(b"mIxEd")
print(ba.upper(), ba.lower(), ba.title(), ba.capitalize(), ba.swapcase(), ba)
print(type(ba.upper()).__name__, type(b"x".title()).__name__)
print([b.istitle() for b in [b"Hello World", b"Hello world", b"HELLO", b"", b"A1 B2", b"They'Re", b"1a"]], bytearray(b"Ab").istitle())
