# Manual UTF-8 encoder/decoder using bit operations, checked against str.encode/bytes.decode.
def enc(s):
    out = bytearray()
    for ch in s:
        cp = ord(ch)
        if cp < 0x80:
            out.append(cp)
        elif cp < 0x800:
            out += bytes([0xC0 | cp >> 6, 0x80 | cp & 0x3F])
        elif cp < 0x10000:
            out += bytes([0xE0 | cp >> 12, 0x80 | cp >> 6 & 0x3F, 0x80 | cp & 0x3F])
        else:
            out += bytes([0xF0 | cp >> 18, 0x80 | cp >> 12 & 0x3F, 0x80 | cp >> 6 & 0x3F, 0x80 | cp & 0x3F])
    return bytes(out)
def dec(b):
    out, i = [], 0
    while i < len(b):
        c = b[i]
        if c < 0x80:
            n, cp = 0, c
        elif c >> 5 == 0b110:
            n, cp = 1, c & 0x1F
        elif c >> 4 == 0b1110:
            n, cp = 2, c & 0x0F
        elif c >> 3 == 0b11110:
            n, cp = 3, c & 0x07
        else:
            raise ValueError(f"invalid start byte 0x{c:02x} at {i}")
        if i + n >= len(b) + (n == 0):
            raise ValueError(f"truncated sequence at {i}")
        for k in range(1, n + 1):
            cont = b[i + k]
            if cont >> 6 != 0b10:
                raise ValueError(f"invalid continuation 0x{cont:02x} at {i + k}")
            cp = cp << 6 | cont & 0x3F
        out.append(chr(cp))
        i += n + 1
    return "".join(out)
samples = ["", "ascii", "é", "€uro", "日本語", "🐍🎉", "mixed é€🐍 a", "\x7f\x80\u07ff\u0800\uffff\U00010000\U0010ffff"]
for s in samples:
    b = enc(s)
    print(repr(s), b.hex(" "), b == s.encode("utf-8"), dec(b) == s, len(s), len(b))
for bad in [b"\xff", b"\xc3", b"\xe2\x82", b"\xc3\x28", b"ok\x80"]:
    try:
        dec(bad)
    except ValueError as e:
        print(bad, "mine:", e)
    try:
        bad.decode("utf-8")
    except UnicodeDecodeError as e:
        print(bad, "builtin:", e.reason, e.start, e.end, e.object == bad, e.encoding)
