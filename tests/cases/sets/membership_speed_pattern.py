# Using a set for membership tests.
primes = set()
for n in range(2, 60):
    if all(n % p for p in primes if p * p <= n):
        primes.add(n)
print(sorted(primes))
print(len(primes), 57 in primes, 59 in primes)
goldbach = {}
for n in range(4, 40, 2):
    for p in sorted(primes):
        if n - p in primes:
            goldbach[n] = (p, n - p)
            break
print(goldbach)
