# Prime sieve with bytearray, factorization, divisor functions, totient.
def sieve(n):
    flags = bytearray([1]) * (n + 1)
    flags[0:2] = b"\x00\x00"
    for i in range(2, int(n ** 0.5) + 1):
        if flags[i]:
            flags[i * i::i] = bytes(len(range(i * i, n + 1, i)))
    return [i for i, f in enumerate(flags) if f]
P = sieve(200)
print(len(P), P[:15], P[-5:], sum(P))
def factorize(n):
    f, d = {}, 2
    while d * d <= n:
        while n % d == 0:
            f[d] = f.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        f[n] = f.get(n, 0) + 1
    return f
for n in [1, 2, 12, 360, 97, 1001, 2 ** 10 * 3 ** 5, 600851475143, 999999000001]:
    f = factorize(n)
    fs = " * ".join(f"{p}^{e}" if e > 1 else str(p) for p, e in f.items()) or "1"
    nd = 1
    sig = 1
    phi = n
    for p, e in f.items():
        nd *= e + 1
        sig *= (p ** (e + 1) - 1) // (p - 1)
        phi = phi // p * (p - 1)
    print(n, "=", fs, "divisors:", nd, "sigma:", sig, "phi:", phi)
def sigma(n):
    r = 1
    for p, e in factorize(n).items():
        r *= (p ** (e + 1) - 1) // (p - 1)
    return r
perfect = [n for n in range(2, 10000) if sigma(n) == 2 * n]
print(perfect, all(2 ** (p - 1) * (2 ** p - 1) in perfect for p in (2, 3, 5, 7)))
twins = [(p, p + 2) for p in P if p + 2 in set(P)]
print(twins)
gaps = [b - a for a, b in zip(P, P[1:])]
print(max(gaps), gaps.index(max(gaps)), P[gaps.index(max(gaps))], sorted(set(gaps)))
