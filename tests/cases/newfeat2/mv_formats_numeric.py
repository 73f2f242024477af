# Reading little-endian integers and floats through memoryview casts (this machine is little-endian).
import sys
print(sys.byteorder)
raw = bytes([0x01, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0xFF, 0x00, 0x01, 0x00, 0x00, 0x10, 0x27, 0x00, 0x00])
m = memoryview(raw)
print(m.cast("I").tolist(), m.cast("i").tolist())
print(m.cast("H").tolist())
print(m.cast("h").tolist())
print(m.cast("q").tolist(), m.cast("Q").tolist())
print([int.from_bytes(raw[i:i + 4], "little", signed=True) for i in range(0, 16, 4)])
floats = bytearray(16)
fv = memoryview(floats).cast("d")
fv[0] = 1.5
fv[1] = -0.1
print(fv.tolist(), floats.hex())
f32 = memoryview(bytearray(8)).cast("f")
f32[0] = 0.1
f32[1] = 3.0
print(f32.tolist(), f32.itemsize, f32.format)
try:
    f32[0] = "x"
except TypeError as e:
    print(type(e).__name__, e)
try:
    fv[0] = 1
    print("int into d ok:", fv[0])
except TypeError as e:
    print(type(e).__name__, e)
ints = memoryview(bytearray(8)).cast("i")
ints[0] = -2
ints[1] = 2**31 - 1
print(ints.tolist(), bytes(ints).hex())
for bad in (2**31, 1.0, "1"):
    try:
        ints[0] = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
bools = memoryview(bytes([0, 1, 2])).cast("?")
print(bools.tolist(), bools.format)
chars = memoryview(b"ab\x00").cast("c")
print(chars.tolist(), chars[0])
try:
    m.cast("I").cast("H")
except TypeError as e:
    print(type(e).__name__, e)
try:
    memoryview(b"abc").cast("I")
except TypeError as e:
    print(type(e).__name__, e)
print(m.cast("I")[::2].tolist(), m.cast("I")[-1])
print(m.cast("B").cast("I") == m.cast("I"), m.cast("I") == m.cast("i"))
