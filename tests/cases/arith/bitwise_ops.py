# Bitwise operations on positive and negative ints.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2)
print(-1 & 0xFF, -1 | 0, -8 >> 1, -1 >> 10, -5 & 3, -5 | 3, -5 ^ 3)
print(~0, ~-1, ~5, ~-6)
print(1 << 100, (1 << 100) >> 99)
print(-(1 << 100) >> 98)
print((2 ** 70 - 1) ^ (2 ** 69), (2 ** 70) & (2 ** 70 - 1))
print(bin(a & b), bin(~a), hex(-255 & 0xFFFF))
for n in [0, 1, 2, 255, 256, -1, -256, 2 ** 40]:
    print(n, n.bit_length(), bin(n))
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
