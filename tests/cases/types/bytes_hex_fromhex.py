# bytes.hex with separators, bytes.fromhex and bytearray.fromhex.
b = bytes(range(0, 256, 37))
print(b.hex(), b.hex(":"), b.hex("-", 2), b.hex("_", -2), b.hex(" ", 3), b.hex(b"|"), b.hex(":", 100), b.hex(":", 1))
print(b"".hex(), b"".hex(":"), b"\x00".hex(":"), bytearray(b"\xde\xad\xbe\xef").hex("."), bytearray(b"\x01\x02").hex())
print(b"\x01\x02\x03\x04\x05".hex(":", 2), b"\x01\x02\x03\x04\x05".hex(":", -2))
for args in [("ab",), ("",), ("é",), (1,), (":", "2"), (":", 0)]:
    try:
        print(b"\x01\x02".hex(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(bytes.fromhex("deadbeef"), bytes.fromhex("de ad  be ef"), bytes.fromhex(""), bytes.fromhex("  0a \n0B\t"), bytearray.fromhex("00ff"))
for bad in ["abc", "zz", "0", "a b", "0x12", "12 3", "é1", "\xa012"]:
    try:
        print(bytes.fromhex(bad))
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [b"00", 12, None]:
    try:
        print(bytes.fromhex(bad))
    except TypeError as e:
        print(type(e).__name__, e)
print(bytes.fromhex(b"\x00\xab".hex()) == b"\x00\xab", type(bytearray.fromhex("ab")).__name__)
print(b"hello".hex(), bytes.fromhex(b"hello".hex()).decode())
