# int.to_bytes: byteorder, signed, 3.11+ defaults, and errors.
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (1024).to_bytes(4, byteorder="big"))
print((0).to_bytes(), (255).to_bytes(), (5).to_bytes(3), (0).to_bytes(0, "big"))
print((65535).to_bytes(2), (2**64 - 1).to_bytes(8, "little"), (2**64).to_bytes(9, "big"))
for n in [-1, -128, -129, 127, 128, -32768, 32767]:
    for length in (1, 2, 3):
        try:
            print(n, length, n.to_bytes(length, "big", signed=True), n.to_bytes(length, "little", signed=True))
        except OverflowError as e:
            print(n, length, type(e).__name__, e)
for n, length, signed in [(256, 1, False), (-1, 1, False), (-1, 4, False), (1, 0, False),
                          (2**100, 12, False), (128, 1, True), (-129, 1, True), (0, 0, True), (-1, 0, True)]:
    try:
        print(n.to_bytes(length, "big", signed=signed))
    except OverflowError as e:
        print(n, length, signed, type(e).__name__, e)
for bad in [("middle",), ("BIG",)]:
    try:
        print((5).to_bytes(2, *bad))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    print((5).to_bytes(-1, "big"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    print((5).to_bytes(2, 3))
except TypeError as e:
    print(type(e).__name__, e)
big = 3**200
b = big.to_bytes((big.bit_length() + 7) // 8, "big")
print(len(b), b[:8], b[-8:])
print(True.to_bytes(2, "little"), (-(2**63)).to_bytes(8, "big", signed=True))
print((1).to_bytes(length=4, byteorder="little", signed=True))
