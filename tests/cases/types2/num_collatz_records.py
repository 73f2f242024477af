# Collatz sequence records with dict memoization and big starting values.
cache = {1: 1}
def length(n):
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    l = cache[n]
    for m in reversed(path):
        l += 1
        cache[m] = l
    return l
best = max(range(1, 20000), key=length)
print(best, length(best), len(cache) > 20000)
records, top = [], 0
for n in range(1, 3000):
    l = length(n)
    if l > top:
        top = l
        records.append((n, l))
print(records)
def peak(n):
    p = n
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        p = max(p, n)
    return p
print([peak(n) for n in (27, 97, 871, 77031)])
big = 2 ** 100 + 7
steps = 0
n = big
while n != 1:
    n = n >> 1 if not n & 1 else 3 * n + 1
    steps += 1
print(big, steps, length(big))
print(sorted(cache.items())[:10], max(cache.values()), sum(1 for v in cache.values() if v > 200))
