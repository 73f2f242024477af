# int methods used in practice: bit_length for sizing, bit_count, as_integer_ratio, is_integer, conjugate.
def bytes_needed(n):
    return max(1, (n.bit_length() + 7) // 8)
for n in [0, 1, 255, 256, 65535, 65536, 2 ** 64 - 1, 2 ** 64, -1, -256]:
    print(n, n.bit_length(), bytes_needed(n), n.bit_count(), n.as_integer_ratio(), n.is_integer(), n.conjugate(), n.real, n.imag, n.numerator, n.denominator)
def next_pow2(n):
    return 1 if n <= 1 else 1 << (n - 1).bit_length()
print([next_pow2(n) for n in (0, 1, 2, 3, 5, 17, 64, 65, 1000)])
def is_pow2(n):
    return n > 0 and n.bit_count() == 1
print([n for n in range(70) if is_pow2(n)])
def gray(n):
    return n ^ (n >> 1)
print([format(gray(i), "04b") for i in range(8)], [gray(i).bit_count() for i in range(8)])
print(int.bit_length(10 ** 100), (10 ** 100).bit_count(), (7).__index__(), int.__index__(True), (5).__abs__(), (-5).__neg__(), (3).__pow__(4, 5))
print(True.bit_length(), True.as_integer_ratio(), False.bit_count(), (2 ** 1000).bit_length(), (-(2 ** 1000)).bit_length())
hamming = lambda a, b: (a ^ b).bit_count()
print(hamming(0b1011101, 0b1001001), hamming(2 ** 100, 0), hamming(-1, 0))
print(int.from_bytes((12345).to_bytes(bytes_needed(12345), "big"), "big"), (12345).to_bytes(bytes_needed(12345), "big"))
