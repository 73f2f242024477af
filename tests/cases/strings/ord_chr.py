# ord and chr round trips, including non-ASCII.
for c in ["a", "A", "z", "0", " ", "\n", "~", "é", "€", "😀", "\x00", "\u00ff"]:
    print(repr(c), ord(c), chr(ord(c)) == c, hex(ord(c)))
print([chr(i) for i in range(65, 75)], "".join(chr(i) for i in range(97, 123)))
print(chr(0x1F600), chr(8364), chr(955), len(chr(0x10FFFF)))
for bad in [-1, 0x110000]:
    try:
        chr(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in ["", "ab"]:
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print("".join(chr(ord(c) + 1) for c in "HAL"))
