# ord/chr round trips and errors.
for c in ["a", "\x00", "\x7f", "é", "€", "😀", "\U0010ffff"]:
    print(repr(c), ord(c), hex(ord(c)), chr(ord(c)) == c)
for n in [0, 65, 0x10FFFF, 233, 0x1F600]:
    print(n, repr(chr(n)))
for bad in [-1, 0x110000, 2**31, 2**64, -2**64]:
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in [1.5, "a", None]:
    try:
        chr(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for bad in ["", "ab", "😀😀"]:
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for bad in [1, None, ["a"]]:
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(ord(b"a"), ord(bytearray(b"\xff")), chr(True))
for bad in [b"", b"ab", bytearray(b"xy")]:
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    ord()
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
class I:
    def __index__(self):
        return 97
print(chr(I()))
