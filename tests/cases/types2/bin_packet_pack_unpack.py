# Pack and unpack a binary packet header using int.to_bytes/from_bytes (no struct).
def pack(version, flags, seq, payload):
    hdr = bytearray()
    hdr += version.to_bytes(1, "big")
    hdr += flags.to_bytes(1, "big")
    hdr += seq.to_bytes(4, "big")
    hdr += len(payload).to_bytes(2, "little")
    return bytes(hdr) + payload
def unpack(buf):
    if len(buf) < 8:
        raise ValueError(f"short packet: {len(buf)} bytes")
    version = buf[0]
    flags = buf[1]
    seq = int.from_bytes(buf[2:6], "big")
    n = int.from_bytes(buf[6:8], "little")
    payload = buf[8:8 + n]
    if len(payload) != n:
        raise ValueError(f"truncated payload: want {n}, got {len(payload)}")
    return version, flags, seq, payload
pkts = [pack(1, 0b1010, 42, b"hello"), pack(2, 255, 2 ** 32 - 1, b""), pack(0, 0, 0, bytes(range(10)))]
for p in pkts:
    print(p, p.hex(" "), len(p))
    print(unpack(p))
for bad in [b"\x01\x02", pkts[0][:-2], b""]:
    try:
        unpack(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for args in [(256, 1, "big"), (-1, 2, "big"), (2 ** 32, 4, "little")]:
    try:
        print(args[0].to_bytes(args[1], args[2]))
    except OverflowError as e:
        print(type(e).__name__, e)
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "little", signed=True), (127).to_bytes(1, "big", signed=True))
print(int.from_bytes(b"\xff\xfe", "big", signed=True), int.from_bytes(b"\xff\xfe", "little", signed=True), int.from_bytes(b"", "big"))
print(int.from_bytes([1, 0, 0], "little"), int.from_bytes(bytearray(b"\x01\x00"), "big"), (1000).to_bytes(2), int.from_bytes(b"\x03\xe8"))
print((0).to_bytes(0, "big"), (2 ** 64).to_bytes(9, "big").hex(), int.from_bytes(b"\x80" + bytes(7), "big", signed=True))
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print(type(e).__name__, e)
