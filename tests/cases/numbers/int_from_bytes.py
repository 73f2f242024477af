# int.from_bytes with every byteorder/signed combination and iterable inputs.
for data in [b"", b"\x00", b"\x01", b"\x7f", b"\x80", b"\xff", b"\x00\x01", b"\x01\x00",
             b"\xff\xff", b"\x80\x00", b"\x00\x80", b"\xfe\xff\xff\xff", b"\xff" * 9, b"\x01" + b"\x00" * 16]:
    print(data, int.from_bytes(data, "big"), int.from_bytes(data, "little"),
          int.from_bytes(data, "big", signed=True), int.from_bytes(data, "little", signed=True))
print(int.from_bytes(b"\x01\x02"), int.from_bytes(b"\xff\xfe", signed=True))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(bytearray(b"\x10\x20"), "little"))
print(int.from_bytes((255, 0), "little"), int.from_bytes(iter([0, 0, 1]), "big"))
print(int.from_bytes(memoryview(b"\x00\x10"), "big"))
print(bool.from_bytes(b"\x01", "big"), type(bool.from_bytes(b"\x00", "big")).__name__)
for n in [0, 1, -1, 255, -256, 2**64 + 5, -(2**80) - 3, 10**40]:
    length = (n.bit_length() + 8) // 8
    b = n.to_bytes(length, "little", signed=True)
    print(n, b.hex(), int.from_bytes(b, "little", signed=True) == n)
try:
    print(int.from_bytes(b"\x01", "sideways"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(int.from_bytes([256], "big"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print(int.from_bytes("abc", "big"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(int.from_bytes(5, "big"))
except TypeError as e:
    print(type(e).__name__, e)
