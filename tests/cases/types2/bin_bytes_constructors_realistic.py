# Constructing bytes/bytearray from various sources when building messages.
print(bytes([72, 105]), bytes(range(65, 70)), bytes(b"copy"), bytes(bytearray(b"ba")), bytes("text", "ascii"), bytes(4))
print(bytearray("ünï", "utf-8"), bytearray([0, 255]), bytearray(b"x") + bytes(2), bytes(x * 2 for x in range(5)), bytes((1,)))
print(bytes.fromhex("48 65 6c 6c 6f"), bytearray.fromhex("ff00"), bytes(map(ord, "ABC")), bytes("€", "utf-16-le"))
header = bytes([0x01, 0x02]) + len(b"payload").to_bytes(2, "big") + b"payload"
print(header, header[2:4], int.from_bytes(header[2:4], "big"))
class Serializable:
    def __init__(self, v):
        self.v = v
    def __bytes__(self):
        return b"<" + str(self.v).encode() + b">"
print(bytes(Serializable(42)), bytes(Serializable("é")))
class Idx:
    def __index__(self):
        return 3
print(bytes(Idx()), bytearray(Idx()), bytes([Idx(), Idx()]))
for bad in [lambda: bytes("no encoding"), lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes(-1), lambda: bytes(1.5),
            lambda: bytes(["a"]), lambda: bytes(b"x", "utf-8"), lambda: bytearray("x", "ascii", "strict", "extra"),
            lambda: bytes("é", "ascii"), lambda: bytes(None), lambda: bytes.fromhex(b"00")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(bytes(), bytearray(), bytes([]) == b"", bytes("", "utf-8"), type(bytes.fromhex("00")).__name__, type(bytearray.fromhex("00")).__name__)
print(repr(bytes([0, 9, 10, 13, 39, 34, 92, 127, 128, 255])), repr(b"'"), repr(b'"'), repr(b"'\""), repr(bytearray(b"\n")))
