# Sieve of Eratosthenes and primality checks.
N = 200
sieve = [True] * (N + 1)
sieve[0] = sieve[1] = False
for i in range(2, int(N ** 0.5) + 1):
    if sieve[i]:
        for j in range(i * i, N + 1, i):
            sieve[j] = False
primes = [i for i, p in enumerate(sieve) if p]
print(primes)
print(len(primes), sum(primes))
def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True
print([n for n in range(1000, 1100) if is_prime(n)])
print(is_prime(2 ** 31 - 1), is_prime(1000003), is_prime(1))
