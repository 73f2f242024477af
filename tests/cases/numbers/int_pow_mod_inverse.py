# pow(b, -e, m) computes modular inverses; non-invertible bases raise.
for b, m in [(3, 7), (5, 7), (2, 11), (10, 17), (-3, 7), (3, -7), (-3, -7), (1, 2),
             (123456789, 10**9 + 7), (2**100 + 1, 2**127 - 1), (7, 1), (7, -1)]:
    inv = pow(b, -1, m)
    print(b, m, inv, (b * inv) % m == 1 % m)
for b, e, m in [(3, -2, 11), (2, -5, 13), (-4, -3, 101), (10**20 + 3, -7, 2**61 - 1), (5, -(10**20), 23)]:
    r = pow(b, e, m)
    print(b, e, m, r, (r * pow(b, -e, m)) % m)
for b, e, m in [(2, -1, 4), (0, -1, 7), (6, -2, 9), (10, -1, 10), (2**64, -1, 2**32), (0, -1, 1)]:
    try:
        print(pow(b, e, m))
    except ValueError as e2:
        print(b, e, m, type(e2).__name__, e2)
try:
    print(pow(3, -1, 0))
except ValueError as e:
    print(type(e).__name__, e)
print([pow(a, -1, 13) for a in range(1, 13)])
print([pow(a, -1, 10) for a in (1, 3, 7, 9)])
