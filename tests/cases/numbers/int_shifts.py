# Left and right shifts, including negative counts and huge amounts.
for a in [0, 1, -1, 5, -5, 255, -256, 2**63, -(2**63), 2**100 + 12345]:
    print(a, [a << n for n in (0, 1, 7, 63, 64)], [a >> n for n in (0, 1, 7, 63, 64, 65, 200)])
print(1 << 1000 == 2**1000, (1 << 1000) >> 999, -(1 << 1000) >> 999)
print((-1) >> 10**6, 1 >> 10**6, 0 << 10**6, 0 >> 10**6, (-5) >> 10**20, 5 >> 10**20)
print(0 << 10**30, (2**100) >> 2**70, -(2**100) >> 2**70)
for a, n in [(1, -1), (0, -1), (2**100, -5), (-3, -(10**30))]:
    try:
        print(a << n)
    except ValueError as e:
        print("lshift", type(e).__name__, e)
    try:
        print(a >> n)
    except ValueError as e:
        print("rshift", type(e).__name__, e)
try:
    print(1 << 2**100)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
for a in [-7, -8, -9, -1, -2**65 - 1]:
    print(a, a >> 1, a >> 2, a // 2, a // 4, (a >> 1) == a // 2)
x = 3
x <<= 70
print(x)
x >>= 68
print(x)
print(True << 3, 16 >> True, 1 << True)
try:
    print(1 << 2.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1.0 >> 2)
except TypeError as e:
    print(type(e).__name__, e)
