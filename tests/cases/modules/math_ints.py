import math

for n in [0, 1, 2, 5, 10, 20, 21, 25, 50, 100, True]:
    print(n, math.factorial(n))
f2000 = math.factorial(2000)
print(f2000.bit_length(), f2000 % (10**30 + 57), f2000 >> 18900)
print(math.factorial(5000) % 1000000007)
for t in ["math.factorial(10**20)", "math.factorial(1.5)", "math.factorial(-1)", "math.factorial(1, 2)", "math.factorial(5.0)",
          "math.factorial('5')", "math.factorial()"]:
    try:
        print(t, "->", repr(eval(t)))
    except (ValueError, OverflowError, TypeError) as e:
        print(t, "!!", type(e).__name__, e)

for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 100, 10**10, 2**64 - 1, 2**64, 10**50, 10**51, 3**333, True]:
    print(n, math.isqrt(n))
for t in ["math.isqrt(-1)", "math.isqrt(1.0)", "math.isqrt('a')"]:
    try:
        print(t, "->", repr(eval(t)))
    except (ValueError, OverflowError, TypeError) as e:
        print(t, "!!", type(e).__name__, e)

print(math.gcd(), math.gcd(12), math.gcd(-12), math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(0, -5))
print(math.gcd(12, 18, 27), math.gcd(2**100, 6**50), math.gcd(10**40 + 1, 10**20 + 1), math.gcd(True, 4))
print(math.lcm(), math.lcm(5), math.lcm(-5), math.lcm(4, 6), math.lcm(-4, 6), math.lcm(0, 5), math.lcm(4, 6, 10))
print(math.lcm(2**64, 3**40), math.lcm(10**20, 10**21, 7), math.lcm(3, 0, 5))
class Ix:
    def __index__(self):
        return 42
print(math.gcd(Ix(), 14), math.lcm(Ix(), 4), math.factorial(Ix()) % 10**9, math.isqrt(Ix()), math.comb(Ix(), 2))
for t in ["math.gcd(1.5)", "math.lcm(1, 2.0)", "math.gcd(x=1)", "math.gcd('a', 1)"]:
    try:
        print(t, "->", repr(eval(t)))
    except (ValueError, OverflowError, TypeError) as e:
        print(t, "!!", type(e).__name__, e)

for n in range(0, 12):
    print(n, [math.comb(n, k) for k in range(0, n + 2)], [math.perm(n, k) for k in range(0, n + 2)], math.perm(n))
print(math.comb(100, 50), math.perm(30, 20), math.comb(10**20, 3), math.comb(10**20, 10**20 - 1), math.perm(10**20, 0))
print(math.comb(1000, 500) % 998244353, math.perm(10**20, 2), math.comb(3, 5), math.perm(3, 5), math.perm(5, None))
for t in ["math.comb(-1, 2)", "math.comb(2, -1)", "math.comb(1.0, 2)", "math.comb(10**20, 10**19)", "math.perm(10**20, 10**19)",
          "math.perm(5, -1)", "math.perm()", "math.comb(5)", "math.perm(5, 2, 3)", "math.perm(-1)", "math.perm(-3, 2)",
          "math.comb(5, k=2)"]:
    try:
        print(t, "->", repr(eval(t)))
    except (ValueError, OverflowError, TypeError) as e:
        print(t, "!!", type(e).__name__, e)

print(math.prod([]), math.prod([1, 2, 3, 4]), math.prod(range(1, 30)), math.prod([2.5, 4, 0.1]), math.prod([], start=5))
print(math.prod([1, 2], start=0.5), math.prod(iter([3, 3])), math.prod(["ab"], start=3), math.prod([], start=None))
print(math.prod([[1], 3]), math.prod((1.1 for _ in range(10))), math.prod([10**20, 10**20, 1.5]))
for t in ["math.prod()", "math.prod([1], 2)", "math.prod([1], start=2, x=3)", "math.prod(1)", "math.prod(['a', 'b'])",
          "math.prod([1], strt=2)"]:
    try:
        print(t, "->", repr(eval(t)))
    except (ValueError, OverflowError, TypeError) as e:
        print(t, "!!", type(e).__name__, e)
