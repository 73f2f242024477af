# bit_length and bit_count across signs and sizes.
vals = [0, 1, -1, 2, -2, 3, 7, 8, -8, -9, 255, 256, -255, -256, 2**31 - 1, 2**31, -2**31,
        2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64, 10**20, -(10**20), 2**1000, 2**1000 - 1,
        -(2**1000), True, False]
for v in vals:
    print(v if abs(v) < 2**70 else "big", v.bit_length(), v.bit_count(), bin(v).count("1"), len(bin(v)) - (3 if v < 0 else 2))
for n in range(0, 130, 7):
    x = (1 << n) - 1
    print(n, x.bit_length(), x.bit_count(), (-x).bit_count(), (x + 1).bit_length())
print(int.bit_length(12), int.bit_count(-12), (0xAAAA_AAAA_AAAA_AAAA_AAAA).bit_count())
print(sum(i.bit_count() for i in range(1024)), max(i.bit_length() for i in range(1024)))
try:
    print((1.5).bit_length())
except AttributeError as e:
    print(type(e).__name__, e)
try:
    print(int.bit_count(1.0))
except TypeError as e:
    print(type(e).__name__, e)
