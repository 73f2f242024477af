# Base64, base32-like and hex encoding implemented by hand over bytes.
ALPHA = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
def b64encode(data):
    out = bytearray()
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk.ljust(3, b"\0"), "big")
        quad = [ALPHA[(n >> s) & 63] for s in (18, 12, 6, 0)]
        pad = 3 - len(chunk)
        out += bytes(quad[:4 - pad]) + b"=" * pad
    return bytes(out)
def b64decode(s):
    s = s.rstrip(b"=")
    n = 0
    bits = 0
    out = bytearray()
    for c in s:
        n = (n << 6) | ALPHA.index(c)
        bits += 6
        if bits >= 8:
            bits -= 8
            out.append((n >> bits) & 0xFF)
    return bytes(out)
for d in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", "héllo wörld".encode(), bytes(range(250, 256))]:
    e = b64encode(d)
    print(d, e, b64decode(e) == d)
print(ALPHA.index(b"/"), ALPHA.find(b"z"), ALPHA[::8], ALPHA.rindex(b"a"), b"+" in ALPHA, 43 in ALPHA)
try:
    b64decode(b"ab!c")
except ValueError as e:
    print(type(e).__name__, e)
print(b"abc".ljust(6, b"-"), b"abc".rjust(6, b"0"), b"abc".center(7, b"*"), b"12".zfill(5), b"-3".zfill(4))
