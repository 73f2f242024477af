# Big-int modular exponentiation, Miller-Rabin primality and Fermat checks.
def modexp(b, e, m):
    r = 1
    b %= m
    while e:
        if e & 1:
            r = r * b % m
        b = b * b % m
        e >>= 1
    return r
tests = [(2, 10, 1000), (3, 200, 10 ** 9 + 7), (7, 2 ** 100, 2 ** 61 - 1), (12345678901234567890, 98765, 10 ** 30 + 57), (5, 0, 13), (0, 0, 7)]
for b, e, m in tests:
    print(b, e, m, modexp(b, e, m), pow(b, e, m), modexp(b, e, m) == pow(b, e, m))
def is_probable_prime(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True
cands = [1, 2, 97, 561, 7919, 2 ** 31 - 1, 2 ** 61 - 1, 2 ** 64 + 1, 10 ** 18 + 9, 2 ** 89 - 1, 2 ** 127 - 1, 3215031751]
for c in cands:
    print(c, is_probable_prime(c))
print([p for p in range(2, 100) if is_probable_prime(p)])
print(next(n for n in range(10 ** 20, 10 ** 20 + 1000) if is_probable_prime(n)))
print(pow(2, -1, 7), pow(3, -2, 11), pow(-3, 3, 5), pow(3, 3, -5), pow(2, 1000, 1), pow(10, 20, 10 ** 9 + 7))
for args in [(2, -1, 4), (2, 1, 0), (2.0, 2, 3), (2, 0.5, 3)]:
    try:
        print(pow(*args))
    except Exception as e:
        print(type(e).__name__, e)
