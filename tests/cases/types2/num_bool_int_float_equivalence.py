# Numeric equivalence across bool/int/float/complex as dict keys, set members and in aggregates.
counts = {}
for v in [1, 1.0, True, 1 + 0j, 2, 2.0, 0, False, 0.0, -0.0, 0j]:
    counts[v] = counts.get(v, 0) + 1
print(counts)
print({1, 1.0, True}, {0, False, 0.0}, {2.0, 2}, len({1, True, 1.0, 1 + 0j}))
print([1, 2, 3].index(2.0), [1.0, True].count(1), (1, 2) == (1.0, 2.0), [0.0] == [False], {1: "a"} == {1.0: "a"}, {1: "x"}[True])
print(sum([True, True, 2.5]), max(True, 0.5), min(False, -0.0), sorted([True, 0.5, 0, -1, 1]), True + 1j)
print(1 == 1.0000000000000001, 2 ** 53 == 2.0 ** 53 + 1, 2 ** 53 + 1 == 2.0 ** 53 + 1, 10 ** 16 == 1e16, 10 ** 23 == 1e23)
print(hash(2 ** 53 + 1) == hash(float(2 ** 53 + 1)), 0.1 == 1 / 10, 3 == 3 + 0j, 3 < 3.0000000001, 12345678901234567891 > 1.2345678901234567e19)
print(int(True), float(True), complex(True), str(True), repr(False), f"{True}", f"{True:d}", f"{True:.1f}")
try:
    print(1 < 1j)
except TypeError as e:
    print(type(e).__name__, e)
