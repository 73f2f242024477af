# Realistic: copy a larger binary file in chunks and verify a checksum
SRC = "/tmp/molt_tests_newfeat1_big.bin"
DST = "/tmp/molt_tests_newfeat1_big_copy.bin"
data = bytes((i * 7 + i // 256) % 256 for i in range(70000))
with open(SRC, "wb") as f:
    print(f.write(data))

def checksum(path, size):
    a, b = 1, 0
    with open(path, "rb") as f:
        while True:
            block = f.read(size)
            if not block:
                break
            for byte in block:
                a = (a + byte) % 65521
                b = (b + a) % 65521
    return (b << 16) | a

copied = 0
reads = 0
with open(SRC, "rb") as src, open(DST, "wb") as dst:
    while chunk := src.read(8192):
        reads += 1
        copied += dst.write(chunk)
print(copied, reads)
print(checksum(SRC, 4096) == checksum(DST, 1000), checksum(DST, 65536))

with open(DST, "rb") as f:
    f.seek(65536)
    print(f.read(8))
    f.seek(-8, 2)
    print(f.read())

# large text file line counting
T = "/tmp/molt_tests_newfeat1_big.txt"
with open(T, "w", encoding="utf-8") as f:
    for i in range(5000):
        f.write(f"line {i:05d} {'x' * (i % 37)}\n")
with open(T, encoding="utf-8") as f:
    total_chars = 0
    longest = ""
    count = 0
    for line in f:
        count += 1
        total_chars += len(line)
        if len(line) > len(longest):
            longest = line
print(count, total_chars, repr(longest[:20]))
with open(T, encoding="utf-8") as f:
    f.seek(0, 2)
    print(f.tell())
