# Zero-copy parsing of length-prefixed records with memoryview slices.
def build(records):
    out = bytearray()
    for tag, payload in records:
        out += bytes([tag]) + len(payload).to_bytes(2, "big") + payload
    return bytes(out)
def parse(buf):
    view = memoryview(buf)
    pos = 0
    records = []
    while pos < len(view):
        if len(view) - pos < 3:
            raise ValueError(f"truncated header at {pos}")
        tag = view[pos]
        length = int.from_bytes(view[pos + 1:pos + 3], "big")
        body = view[pos + 3:pos + 3 + length]
        if len(body) != length:
            raise ValueError(f"truncated body at {pos}: want {length}, have {len(body)}")
        records.append((tag, body))
        pos += 3 + length
    return records
wire = build([(1, b"hello"), (2, b""), (7, "héllo".encode()), (255, bytes(range(5)))])
print(len(wire), wire[:10])
recs = parse(wire)
for tag, body in recs:
    print(tag, type(body).__name__, len(body), body.tobytes(), body.obj is wire, body.readonly)
print(recs[2][1].tobytes().decode("utf-8"), bytes(recs[3][1]).hex("-"))
print([r[1].nbytes for r in recs], sum(len(r[1]) for r in recs))
for bad in (wire[:-2], wire[:1], wire + b"\x01\x00"):
    try:
        parse(bad)
    except ValueError as e:
        print(type(e).__name__, e)
mutable = bytearray(wire)
for tag, body in parse(mutable):
    if tag == 1:
        body[:] = body.tobytes().upper()
print(bytes(mutable[:8]))
try:
    mutable.clear()
except BufferError as e:
    print(type(e).__name__, e)
def checksum(view):
    return sum(view) & 0xFF
print([checksum(b) for _, b in recs])
print(recs[0][1] == b"hello", recs[0][1] == bytearray(b"hello"), recs[0][1] == "hello")
first = recs[0][1]
print(first[1:4].tobytes(), first[::-1].tobytes(), first[::2].tolist(), first[-1], first[-2:].hex())
