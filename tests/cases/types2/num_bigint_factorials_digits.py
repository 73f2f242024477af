# Big integers: factorial digit sums, trailing zeros, binomials, Catalan numbers, digit manipulation.
import math
f100 = math.factorial(100)
print(len(str(f100)), sum(map(int, str(f100))), str(f100)[:20], str(f100).rstrip("0")[-10:])
def trailing_zeros(n):
    z, p = 0, 5
    while p <= n:
        z += n // p
        p *= 5
    return z
for n in [5, 10, 25, 100, 1000]:
    s = str(math.factorial(n))
    print(n, trailing_zeros(n), len(s) - len(s.rstrip("0")))
print([math.comb(10, k) for k in range(11)], math.comb(100, 50), math.perm(10, 3), math.perm(5), math.comb(5, 7))
cat = [math.comb(2 * n, n) // (n + 1) for n in range(15)]
print(cat)
row = [1]
for _ in range(12):
    row = [a + b for a, b in zip([0] + row, row + [0])]
print(row, sum(row) == 2 ** 12)
n = 2 ** 200 - 1
print(n, hex(n)[:12], oct(n)[-6:], bin(n).count("1"), n.bit_length(), n % 9, int(str(n)[::-1]) % 1000)
print(math.isqrt(10 ** 50), math.isqrt(2 * 10 ** 40), math.isqrt(0), math.isqrt(99))
def digital_root(n):
    while n >= 10:
        n = sum(int(c) for c in str(n))
    return n
print(digital_root(f100), digital_root(2 ** 1000), sum(int(c) for c in str(2 ** 1000)))
for bad in [lambda: math.factorial(-1), lambda: math.factorial(2.5), lambda: math.comb(-1, 2), lambda: math.isqrt(-4)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
