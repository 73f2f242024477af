# Endianness round trips for signed/unsigned integer fields of several widths.
widths = [1, 2, 4, 8, 16]
samples = [0, 1, 127, 128, 255, 256, 32767, -1, -128, -32768, 2 ** 31 - 1, -(2 ** 31), 2 ** 63 - 1, -(2 ** 63), 2 ** 64 - 1, 2 ** 127]
for n in samples:
    row = []
    for w in widths:
        for signed in (False, True):
            try:
                b = n.to_bytes(w, "little", signed=signed)
                back = int.from_bytes(b, "little", signed=signed)
                be = n.to_bytes(w, "big", signed=signed)
                ok = back == n and be[::-1] == b
                row.append(f"{w}{'s' if signed else 'u'}:{b.hex()}{'' if ok else '!'}")
            except OverflowError:
                row.append(f"{w}{'s' if signed else 'u'}:ovf")
    print(n, " ".join(row))
for n in samples[:6]:
    b = n.to_bytes(2, "big")
    print(n, b, int.from_bytes(b, "little"), int.from_bytes(b, "big", signed=True), int.from_bytes(b[::-1], "little"))
try:
    (2 ** 64).to_bytes(8, "little")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-1).to_bytes(8, "little")
except OverflowError as e:
    print(type(e).__name__, e)
print((1).to_bytes(length=3, byteorder="little"), int.from_bytes(bytes=b"\x01\x02", byteorder="little"), (258).to_bytes(2, byteorder="big"))
try:
    int.from_bytes(b"\x00", "sideways")
except ValueError as e:
    print(type(e).__name__, e)
try:
    int.from_bytes("00", "big")
except TypeError as e:
    print(type(e).__name__, e)
