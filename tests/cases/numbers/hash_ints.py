# hash() of ints: identity for small values, -1 maps to -2, reduction modulo 2**61-1.
M = 2**61 - 1
for n in [0, 1, -1, -2, 2, 100, -100, 2**31, 2**32, 2**60, 2**61 - 2, 2**61 - 1, 2**61, 2**61 + 1,
          2**62, 2**63 - 1, 2**63, 2**64, -(2**61 - 1), -(2**61), -(2**61) - 1, -(2**63), 10**20, -(10**20),
          2**100, -(2**100), 3**200, -(3**200), M * 5 - 1, -(M * 5 - 1), M * 7, -(M * 7) - 1]:
    print(n if abs(n) < 2**70 else "big", hash(n))
print(hash(True), hash(False), hash(-1) == hash(-2), hash(M - 1), hash(-M + 1))
for n in [5, -5, 2**70 + 3, -(2**70) - 3]:
    h = hash(n)
    expected = (abs(n) % M) * (1 if n >= 0 else -1)
    if expected == -1:
        expected = -2
    print(h == expected)
class I(int):
    pass
print(hash(I(-1)), hash(I(2**61)), int.__hash__(-1), (-1).__hash__(), (2**64).__hash__())
print(hash(-2**61 + 2), hash(-(2**61) + 1), hash(-(2**61)), hash(-(2**62)))
