# Checksums over bytes: simple sum, XOR, Fletcher-16, Adler-32, CRC-32 (table), Luhn.
data_sets = [b"", b"a", b"abc", b"The quick brown fox jumps over the lazy dog", bytes(range(256)), "héllo".encode()]
def sum8(b):
    return sum(b) & 0xFF
def xor8(b):
    r = 0
    for x in b:
        r ^= x
    return r
def fletcher16(b):
    s1 = s2 = 0
    for x in b:
        s1 = (s1 + x) % 255
        s2 = (s2 + s1) % 255
    return (s2 << 8) | s1
def adler32(b):
    a, c = 1, 0
    for x in b:
        a = (a + x) % 65521
        c = (c + a) % 65521
    return (c << 16) | a
TABLE = []
for i in range(256):
    c = i
    for _ in range(8):
        c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
    TABLE.append(c)
def crc32(b):
    c = 0xFFFFFFFF
    for x in b:
        c = TABLE[(c ^ x) & 0xFF] ^ (c >> 8)
    return c ^ 0xFFFFFFFF
for d in data_sets:
    print(len(d), f"{sum8(d):02x} {xor8(d):02x} {fletcher16(d):04x} {adler32(d):08x} {crc32(d):08x}")
print(hex(TABLE[1]), hex(TABLE[255]), crc32(b"123456789") == 0xCBF43926)
def luhn_ok(num):
    digits = [int(c) for c in num if c.isdigit()][::-1]
    total = sum(d if i % 2 == 0 else (d * 2 - 9 if d > 4 else d * 2) for i, d in enumerate(digits))
    return total % 10 == 0
for n in ["4539 1488 0343 6467", "8273 1232 7352 0569", "0", "79927398713"]:
    print(n, luhn_ok(n))
print(crc32(b"abc").to_bytes(4, "big").hex(), f"{crc32(b'abc'):#010x}", f"{adler32(b'Wikipedia'):X}")
