# &, |, ^, ~ on negative ints use infinite two's complement.
vals = [0, 1, -1, 6, -6, 255, -256, 2**64 - 1, -(2**64), 2**100 + 5, -(2**100) - 5]
for a in vals:
    print(a, ~a, -a - 1 == ~a)
for a in vals[:7]:
    print(a, [a & b for b in vals], [a | b for b in vals])
for a in vals:
    print(a, [a ^ b for b in vals[4:]])
print(-1 & (2**200), -(2**200) & (2**201 - 1), -(2**200) | 1, (2**200 - 1) ^ -1)
print(-12345678901234567890 & 0xFFFFFFFF, -12345678901234567890 | 0xFFFF)
print(-12345678901234567890 ^ 12345678901234567890)
print((-5) & (-3), (-5) | (-3), (-5) ^ (-3))
print(~True, ~False, True & 3, True | 2, True ^ True, True & False)
print(type(True & True).__name__, type(True & 1).__name__, type(True ^ False).__name__)
a = 0xF0F0
a &= -16
a |= 3
a ^= -1
print(a)
for bad in [1.0, "1", None]:
    try:
        print(1 & bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print(~1.5)
except TypeError as e:
    print(type(e).__name__, e)
