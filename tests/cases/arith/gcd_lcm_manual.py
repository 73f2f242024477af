# Euclid's algorithm on small and large ints.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def lcm(a, b):
    return abs(a * b) // gcd(a, b) if a and b else 0
pairs = [(12, 18), (17, 5), (0, 9), (9, 0), (-12, 18), (2 ** 64, 2 ** 40 * 3), (10 ** 30, 10 ** 20 + 1)]
for a, b in pairs:
    print(a, b, gcd(a, b), lcm(a, b))
total = 1
for k in range(1, 21):
    total = lcm(total, k)
print(total)
