# Infinite generators composed lazily: incremental sieve, fibonacci, and merging sorted streams.
import itertools
import heapq
def primes():
    composites = {}
    for n in itertools.count(2):
        if n not in composites:
            composites[n * n] = [n]
            yield n
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
def multiples(k):
    return (k * i for i in itertools.count(1))
print(list(itertools.islice(primes(), 15)))
print(next(p for p in primes() if p > 1000))
print(list(itertools.takewhile(lambda x: x < 200, fib())))
print(sum(itertools.islice(fib(), 90)) % 1000007)
merged = heapq.merge(multiples(3), multiples(5))
print(list(itertools.islice(merged, 12)))
def dedupe(sorted_it):
    prev = object()
    for x in sorted_it:
        if x != prev:
            yield x
            prev = x
print(list(itertools.islice(dedupe(heapq.merge(multiples(3), multiples(5))), 10)))
print(sum(itertools.takewhile(lambda x: x < 1000, dedupe(heapq.merge(multiples(3), multiples(5))))))
twin = ((p, q) for p, q in itertools.pairwise(primes()) if q - p == 2)
print(list(itertools.islice(twin, 6)))
def hamming():
    h = [1]
    seen = {1}
    while True:
        x = heapq.heappop(h)
        yield x
        for k in (2, 3, 5):
            if x * k not in seen:
                seen.add(x * k)
                heapq.heappush(h, x * k)
print(list(itertools.islice(hamming(), 20)))
gen = primes()
print(gen.__name__, next(gen), next(gen), gen.gi_running, type(gen.gi_frame).__name__)
