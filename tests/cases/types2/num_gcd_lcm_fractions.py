# gcd/lcm with math and Euclid, extended Euclid, and reducing fractions exactly.
import math
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
pairs = [(12, 18), (17, 5), (0, 9), (0, 0), (-24, 36), (2 ** 64, 2 ** 40 * 3), (123456789012345678901234567890, 987654321098765432109876543210)]
for a, b in pairs:
    g, x, y = egcd(a, b)
    print(a, b, math.gcd(a, b), math.lcm(a, b), (g, x, y), a * x + b * y == g)
print(math.gcd(), math.gcd(7), math.gcd(12, 18, 27), math.lcm(), math.lcm(4, 6, 10), math.lcm(0, 5), math.gcd(-4, -6))
for bad in [(1.5, 2), ("4", 2)]:
    try:
        print(math.gcd(*bad))
    except TypeError as e:
        print(type(e).__name__, e)
def reduce(n, d):
    if d == 0:
        raise ZeroDivisionError("denominator is zero")
    g = math.gcd(n, d)
    n, d = n // g, d // g
    if d < 0:
        n, d = -n, -d
    return n, d
def add(f1, f2):
    return reduce(f1[0] * f2[1] + f2[0] * f1[1], f1[1] * f2[1])
acc = (0, 1)
for k in range(1, 21):
    acc = add(acc, (1, k))
print("H20 =", acc, f"{acc[0] / acc[1]:.12f}")
print(reduce(6, -8), reduce(-6, -8), reduce(0, 5))
try:
    reduce(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
def inverse(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError(f"{a} has no inverse mod {m}")
    return x % m
print(inverse(3, 11), inverse(10, 17), pow(10, -1, 17))
try:
    inverse(4, 8)
except ValueError as e:
    print(type(e).__name__, e)
