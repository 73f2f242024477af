# Three-argument pow with positive, negative and huge arguments.
cases = [(2, 10, 1000), (3, 200, 13), (-2, 5, 7), (2, 5, -7), (-2, 5, -7), (0, 0, 5),
         (5, 0, 1), (5, 0, -1), (0, 5, 3), (7, 1, 7), (10**50, 10**50, 10**9 + 7),
         (2, 2**100, 2**61 - 1), (-(10**30), 3, 97), (123, 456, 2**64 + 13), (3, 1000, 1),
         (3, 1000, -1), (True, 5, 3), (4, True, 3)]
for b, e, m in cases:
    print(b, e, m, pow(b, e, m))
for b, e, m in [(2, 10, 1000), (-2, 5, -7), (12345, 67, -1000)]:
    r = pow(b, e, m)
    print(r == (b ** e) % m)
print(pow(7, 10**18, 10**9 + 7), pow(2, 10**6, 10**20))
print(pow(65537, 2**100 + 1, 3233), pow(2**521 - 1, 3, 2**127 - 1))
for args in [(2, 3, 0), (2, -1, 0), (0, 0, 0), (10**30, 5, 0)]:
    try:
        print(pow(*args))
    except ValueError as e:
        print(type(e).__name__, e)
for args in [(2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), ("2", 3, 5)]:
    try:
        print(pow(*args))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print(pow(2j, 3, 5))
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
print(pow(base=3, exp=4, mod=5), pow(3, 4, mod=None), pow(exp=2, base=9))
