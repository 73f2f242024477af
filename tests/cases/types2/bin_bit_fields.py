# Bit-field extraction and flag manipulation on integers and bytes.
FLAGS = {"READ": 1, "WRITE": 2, "EXEC": 4, "HIDDEN": 8, "SYSTEM": 16}
def describe(mask):
    names = [n for n, v in FLAGS.items() if mask & v]
    return "|".join(names) or "NONE"
perms = 0
for step in [("set", "READ"), ("set", "WRITE"), ("toggle", "EXEC"), ("clear", "WRITE"), ("toggle", "EXEC"), ("set", "SYSTEM")]:
    op, name = step
    v = FLAGS[name]
    if op == "set":
        perms |= v
    elif op == "clear":
        perms &= ~v
    else:
        perms ^= v
    print(f"{op:<6} {name:<6} -> {perms:05b} {describe(perms)}")
def get_bits(n, lo, width):
    return (n >> lo) & ((1 << width) - 1)
def set_bits(n, lo, width, v):
    m = ((1 << width) - 1) << lo
    return (n & ~m) | ((v << lo) & m)
word = 0xDEADBEEF
print([hex(get_bits(word, i, 8)) for i in range(0, 32, 8)], hex(get_bits(word, 4, 12)))
print(hex(set_bits(word, 8, 8, 0x00)), hex(set_bits(word, 28, 4, 0x1)), hex(set_bits(0, 0, 4, 0xFF)))
print(bin(word).count("1"), word.bit_count(), word.bit_length(), (~word) & 0xFFFFFFFF, hex(word ^ 0xFFFFFFFF))
def reverse_bits(n, width=8):
    return int(format(n, f"0{width}b")[::-1], 2)
print([reverse_bits(x) for x in (1, 2, 0x80, 0xF0, 0b10110000)], reverse_bits(0x1, 32))
def popcount_table(b):
    return [bin(x).count("1") for x in b]
print(popcount_table(b"\x00\x01\x03\x07\xff"), sum(popcount_table(bytes(range(256)))))
print((5).bit_length(), (-5).bit_length(), (0).bit_length(), (-1).bit_count(), (255).bit_count())
lowest = lambda n: n & -n
print([lowest(n) for n in (12, 40, 7, 1024, 0)], [(n & (n - 1)) == 0 for n in (1, 2, 3, 64, 96)])
print(1 << 100 >> 98, -1 >> 5, -16 >> 2, -(1 << 70) >> 68, 0b1111 & -0b100, -6 | 1, -6 ^ 3)
