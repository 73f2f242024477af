# bytes.translate with table and delete, bytes.maketrans.
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), t[97:100], t[:3], type(t).__name__)
print(b"aabbcc".translate(t), b"aabbcc".translate(t, b"b"), b"aabbcc".translate(None, b"ac"), b"abc".translate(None))
print(b"hello".translate(None, delete=b"l"), bytearray(b"abc").translate(t), bytearray(b"abc").translate(None, b"a"))
print(bytearray.maketrans(b"a", b"b")[97], bytes.maketrans(bytearray(b"q"), bytearray(b"r"))[113])
for args in [(b"ab", b"c"), ("a", "b"), (b"a",)]:
    try:
        print(bytes.maketrans(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for args in [(b"short",), ("x" * 256,), (None, "a"), (bytes(256), 5)]:
    try:
        print(b"abc".translate(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
rot = bytes.maketrans(b"abcdefghijklmnopqrstuvwxyz", b"nopqrstuvwxyzabcdefghijklm")
print(b"hello world".translate(rot), b"hello world".translate(rot).translate(rot))
