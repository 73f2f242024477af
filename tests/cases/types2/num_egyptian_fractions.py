# Greedy Egyptian fraction decomposition with exact integer arithmetic and ceiling division.
import math
def egyptian(n, d):
    out = []
    while n:
        c = -(-d // n)
        out.append(c)
        n, d = n * c - d, d * c
        g = math.gcd(n, d)
        n, d = n // g, d // g
    return out
for n, d in [(2, 3), (4, 13), (5, 121), (3, 7), (1, 1), (7, 15), (6, 7)]:
    e = egyptian(n, d)
    num, den = 0, 1
    for x in e:
        num, den = num * x + den, den * x
    g = math.gcd(num, den)
    print(f"{n}/{d} =", " + ".join(f"1/{x}" for x in e), (num // g, den // g) == (n // math.gcd(n, d), d // math.gcd(n, d)), len(str(e[-1])))
print([-(-a // b) for a, b in [(7, 2), (-7, 2), (7, -2), (6, 3), (0, 5)]], [math.ceil(a / b) for a, b in [(7, 2), (-7, 2)]])
print((10 ** 30 + 1) // 3, -(-(10 ** 30 + 1) // 3), math.ceil((10 ** 30 + 1) / 3), (10 ** 30 + 1) / 3)
