# Comparisons between ints, floats, bools and huge values are exact.
big = 2**53
print(big + 1 == float(big + 1), big + 1 > float(big + 1), float(big + 1) < big + 1)
print(big + 1 == big + 1.0, float(big) == big, big + 2 == float(big + 2))
print(2**63 == 2.0**63, 2**63 - 1 < 2.0**63, 2**63 - 1 == 2.0**63, 2**64 + 1 > 2.0**64)
inf = float("inf")
nan = float("nan")
for x in [10**308, 10**309, 10**400, -(10**400), 2**1024, 0]:
    print(x < inf, x > -inf, x == inf, x != nan, x < nan, x >= nan, -x > -inf)
print(10**400 > 1e308, -(10**400) < -1e308, 10**400 == 1e308)
print(int(1e308) == 1e308, int(1e308) + 1 == 1e308, int(1e308) + 1 > 1e308)
print(1 == 1.0, 1 == True, 0 == False, 0.0 == False, 1 != None, True == 1.0)
print(0.1 == 1 / 10, 3 == 3.0000000000000001, 3 == 3.000000000000001)
print(-0.0 == 0, 0 == -0.0, -0 == 0, 0.5 > 0, -0.5 < 0, -1 < -0.5)
vals = [3, 2.5, True, -1, 2**70, -2**70, 0.0, 1e30, False]
print(sorted(vals), min(vals), max(vals))
print(sorted([2**53 + 1, float(2**53), 2**53, 2**53 + 2.0]))
print([(a < b, a <= b, a == b) for a, b in [(1, 1.5), (2**60, 2.0**60), (2**60 + 1, 2.0**60), (-3, -3.0)]])
print(1 < 2 < 3.0 < 2**70, 3 > 2 > 2, 1 == 1.0 == True)
try:
    print(1 < "2")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1.5 >= None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(1j < 1)
except TypeError as e:
    print(type(e).__name__, e)
print(1 == "1", 1 != "1", 1 == 1 + 0j, 1.5 == 1.5 + 0j, 2**70 == 2**70 + 0j)
