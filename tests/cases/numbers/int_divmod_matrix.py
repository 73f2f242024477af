# divmod on ints of every sign combination and size.
pairs = [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 5), (0, -5), (5, 17), (-5, 17),
         (2**64 + 3, 2**32), (-(2**64 + 3), 2**32), (2**64 + 3, -(2**32)),
         (10**30, 7), (-(10**30), 7), (10**30, -(10**29 + 1)), (3, 10**30), (-3, 10**30),
         (-(2**63), -1), (2**63 - 1, -1), (True, 2), (7, True)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(a, b, q, r, q == a // b, r == a % b)
for bad in [(1, 0), (-(10**30), 0), (0, 0), (5, False)]:
    try:
        divmod(*bad)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
print(divmod(7, 2.0), divmod(-7, 2.0), divmod(2**70, 3.0))
print(divmod(-7, -2.5), divmod(7.5, -2))
try:
    divmod(1, 0.0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(1, "2")
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod(1j, 2)
except TypeError as e:
    print(type(e).__name__, e)
