# Equal numbers hash equal across int, float, complex and bool.
import math
vals = [0, 1, -1, 2, -2, 7, 2**52, 2**53, 2**60, 2**61 - 1, 2**61, 2**64, 10**20, -(2**63), 2**1000]
for v in vals:
    f = float(v)
    same = f == v
    print(hash(v) == hash(f) if same else "ne", hash(v) == hash(complex(v, 0)), hash(f), hash(complex(f)))
print(hash(True) == hash(1) == hash(1.0) == hash(1 + 0j), hash(False) == hash(0.0) == hash(-0.0) == hash(0j))
print(hash(0.5), hash(-0.5), hash(1.5), hash(0.1), hash(-0.1), hash(1e-300), hash(1e300), hash(2.5e-324 * 2))
print(hash(float("inf")), hash(float("-inf")), hash(math.pi), hash(-math.e), hash(1 / 3))
print(type(hash(float("nan"))).__name__, hash(1j), hash(-1j), hash(1 + 1j), hash(2 - 3j), hash(0.5j))
print(hash(complex(1, -1)), hash(complex(-1, 0)), hash(complex(0, -1)), hash(complex(float("inf"), 1)))
print(hash(2.0**61), hash(2.0**62), hash(-(2.0**61)), hash(1.0e20), hash(-2.0**1000), hash(2.0**-61))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
d[1 + 0j] = "complex"
print(d, len({0, 0.0, -0.0, False, 0j}), len({1, 1.0, True, 1 + 0j, 2}))
s = {2**53, float(2**53), 2**53 + 1}
print(sorted(s), len(s))
print({0.5: 1}.get(0.5), {-1: "m"}.get(-1.0), {-2: "x", -1: "y"})
print(hash(-1.0), hash(-2.0), hash(-1 + 0j), hash(complex(-1, 0)) == hash(-1))
