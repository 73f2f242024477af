# math functions specialised for integers.
import math
print(math.gcd(), math.gcd(0), math.gcd(0, 0), math.gcd(12, 18), math.gcd(-12, 18), math.gcd(12, -18, 30))
print(math.gcd(2**100, 6**50), math.gcd(10**30 + 1, 10**20 + 1), math.gcd(True, 4))
print(math.lcm(), math.lcm(0), math.lcm(4, 6), math.lcm(-4, 6), math.lcm(4, 6, 10), math.lcm(2**64, 3**40))
for n in [0, 1, 2, 3, 4, 15, 16, 17, 99, 10**20, 10**20 - 1, 2**127, 10**50 + 12345]:
    r = math.isqrt(n)
    print(n, r, r * r <= n < (r + 1) * (r + 1))
print([math.factorial(i) for i in range(12)], math.factorial(25))
print(math.comb(10, 3), math.comb(10, 0), math.comb(10, 11), math.comb(100, 50), math.comb(5, 5))
print(math.perm(10, 3), math.perm(10), math.perm(5, 0), math.perm(5, 6), math.perm(20, 20) == math.factorial(20))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 30)), math.prod([2, 2.5]), math.prod([3], start=2))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))
for fn, args in [(math.isqrt, (-1,)), (math.comb, (-1, 2)), (math.perm, (3, -1)), (math.factorial, (-5,)),
                 (math.isqrt, (2.0,)), (math.gcd, (1.5, 3)), (math.comb, (5.0, 2))]:
    try:
        print(fn(*args))
    except (ValueError, TypeError) as e:
        print(fn.__name__, type(e).__name__, e)
print(math.log2(2**1000), math.log10(10**300), math.log(2**2000) / math.log(2))
print(math.sqrt(2**1000) == 2.0**500, math.log10(10**400))
