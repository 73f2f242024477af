# A memoising wrapper implemented with a closure.
def memoize(fn):
    cache = {}
    stats = {"hits": 0, "misses": 0}
    def wrapper(*args):
        if args in cache:
            stats["hits"] += 1
        else:
            stats["misses"] += 1
            cache[args] = fn(*args)
        return cache[args]
    wrapper.stats = stats
    return wrapper
@memoize
def binom(n, k):
    if k == 0 or k == n:
        return 1
    return binom(n - 1, k - 1) + binom(n - 1, k)
print(binom(10, 5), binom(30, 15), binom(60, 30))
print(binom.stats)
@memoize
def slow_sq(x):
    print("computing", x)
    return x * x
print(slow_sq(4), slow_sq(4), slow_sq(5), slow_sq.stats)
