# A toy RSA round-trip with 512-bit primes found by Miller-Rabin (deterministic bases).
def is_probable_prime(n):
    if n < 2:
        return False
    for p in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True
def next_prime(n):
    n |= 1
    while not is_probable_prime(n):
        n += 2
    return n
p = next_prime(3**320 + 12345)
q = next_prime(7**180 + 999)
print(p.bit_length(), q.bit_length(), p % 1000, q % 1000)
n, phi, e = p * q, (p - 1) * (q - 1), 65537
d = pow(e, -1, phi)
print(d * e % phi, n.bit_length(), str(d)[:20])
for m in [0, 1, 42, 123456789, 2**200 + 7, n - 1]:
    c = pow(m, e, n)
    print(m == pow(c, d, n), c % 10**10)
print([k for k in range(2, 100) if is_probable_prime(k)])
print(is_probable_prime(2**127 - 1), is_probable_prime(2**128 + 1), is_probable_prime(561), next_prime(10**30))
