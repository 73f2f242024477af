# bytes center/ljust/rjust/zfill and expandtabs.
for w in [0, 3, 6, 7, -1]:
    print(w, b"abc".center(w), b"abc".ljust(w, b"*"), b"abc".rjust(w, b"0"), b"abc".center(w, b"-"))
print(b"-7".zfill(4), b"+7".zfill(4), b"7".zfill(0), b"".zfill(3), b"abc".zfill(5), bytearray(b"x").center(3))
for bad in ["*", b"**", b"", 42]:
    try:
        print(b"ab".center(6, bad))
    except TypeError as e:
        print(type(e).__name__, e)
print(b"ab".center(6, bytearray(b"#")), b"a\tbc\tdef".expandtabs(), b"a\tbc\tdef".expandtabs(4), b"a\tb".expandtabs(0), b"\n\tx".expandtabs(2))
print(bytearray(b"\tx").expandtabs(3), b"a\r\tb".expandtabs(tabsize=4))
