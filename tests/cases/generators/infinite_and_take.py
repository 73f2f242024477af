# Infinite generators consumed partially.
def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found):
            found.append(n)
            yield n
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(take(10, naturals()), take(15, primes()), take(20, fib()))
def cycle(seq):
    while True:
        yield from seq
print(take(7, cycle("abc")))
def pairs(it):
    it = iter(it)
    for a in it:
        yield a, next(it, None)
print(list(pairs(range(7))))
