# Exact comparison of floats with ints near and beyond 2**53.
n = 2**53
f = float(n)
for d in range(-3, 4):
    i = n + d
    print(d, i == f, i < f, i > f, i <= f, i >= f, f == i, f < i, float(i) == f)
for k in [60, 63, 64, 100, 500, 1023]:
    big = 2**k
    print(k, big == 2.0**k, big + 1 == 2.0**k, big + 1 > 2.0**k, big - 1 < 2.0**k, 2.0**k < big + 1,
          -big == -(2.0**k), -big - 1 < -(2.0**k))
print(2**1024 > 1.7976931348623157e308, 2**1024 - 1 > 1.7976931348623157e308)
print(int(1.7976931348623157e308) == 1.7976931348623157e308)
print(10**400 > float("inf"), 10**400 < float("inf"), -(10**400) > float("-inf"))
print(0.1 < 1, 0.9999999999999999 < 1, 1.0000000000000002 > 1, 1e-300 > 0, -1e-300 < 0)
print(3 == 3.0, hash(3) == hash(3.0), {3: "int"}.get(3.0), {3.0: "f"}.get(3), 2**53 + 1 in {float(2**53 + 1)})
print(max(2**53 + 1, float(2**53)), min(float(2**53), 2**53 + 1), sorted([1.5, 1, 2, 0.5, True]))
print(1e16 == 10**16, 1e23 == 10**23, int(1e23), 1e23 < 10**23)
print([x for x in range(-3, 4) if x == x * 1.0])
nan = float("nan")
print(nan == 0, 0 == nan, nan != 1, 2**70 < nan, 2**70 > nan, nan == 2**2000)
