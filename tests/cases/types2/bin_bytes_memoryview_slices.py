# Zero-copy parsing with memoryview over a bytearray: slicing, tobytes, writes reflecting in the base.
buf = bytearray(b"HDR1" + (5).to_bytes(2, "big") + b"abcde" + (3).to_bytes(2, "big") + b"xyz" + b"\x00\x00")
mv = memoryview(buf)
print(mv[:4].tobytes(), len(mv), mv.nbytes, mv.readonly, mv.format, mv.itemsize)
pos = 4
records = []
while pos < len(mv):
    n = int.from_bytes(mv[pos:pos + 2], "big")
    pos += 2
    if n == 0:
        break
    records.append(mv[pos:pos + n])
    pos += n
print([r.tobytes() for r in records], [len(r) for r in records])
records[0][0] = ord("A")
records[1][:] = b"XYZ"
print(buf)
print(mv[6], mv[-1], mv[::2].tobytes()[:5], list(mv[6:9]), mv[6:9].tolist(), bytes(mv[6:9]))
print(mv[6:9] == b"Abc", mv == buf, bytes(mv[4:6]).hex())
try:
    mv[0] = 300
except (ValueError, TypeError) as e:
    print(type(e).__name__, e)
try:
    mv[0:2] = b"abc"
except ValueError as e:
    print(type(e).__name__, e)
ro = memoryview(b"readonly")
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(ro.readonly, ro[1:3].tobytes(), ro.tobytes().upper(), ro.hex())
