# ord() and chr().
print([ord(c) for c in "AZaz09 \n"], [chr(n) for n in [65, 97, 48, 32, 126]])
print(ord("€"), chr(8364), ord("\U0001F40D"), chr(0x1F40D), ord(b"A"), ord(bytearray(b"z")))
print("".join(chr(ord("a") + i) for i in range(26)))
print(sum(ord(c) for c in "hello"), max("hello", key=ord))
for v in [-1, 0x110000, 2 ** 40]:
    try:
        chr(v)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for v in ["", "ab", 5]:
    try:
        ord(v)
    except TypeError as e:
        print(type(e).__name__, e)
