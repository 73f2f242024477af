# LEB128 / protobuf-style varints and zigzag encoding over bytes.
def encode_varint(n):
    out = bytearray()
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return bytes(out)
def decode_varint(buf, pos=0):
    shift = result = 0
    while True:
        if pos >= len(buf):
            raise ValueError("truncated varint")
        b = buf[pos]
        result |= (b & 0x7F) << shift
        pos += 1
        if not b & 0x80:
            return result, pos
        shift += 7
def zigzag(n):
    return (n << 1) ^ (n >> 63) if n < 0 else n << 1
def unzigzag(z):
    return (z >> 1) ^ -(z & 1)
vals = [0, 1, 127, 128, 300, 16383, 16384, 2 ** 32, 2 ** 63 - 1, 2 ** 70 + 5]
stream = b"".join(encode_varint(v) for v in vals)
print(stream.hex(), len(stream))
pos, got = 0, []
while pos < len(stream):
    v, pos = decode_varint(stream, pos)
    got.append(v)
print(got == vals, got[-2:])
for v in vals[:6]:
    print(v, encode_varint(v), list(encode_varint(v)))
for n in [0, -1, 1, -2, 2, -64, 63, -(2 ** 31), 2 ** 31 - 1]:
    z = zigzag(n)
    print(n, z, unzigzag(z), encode_varint(z).hex())
try:
    decode_varint(b"\x80\x80")
except ValueError as e:
    print(type(e).__name__, e)
