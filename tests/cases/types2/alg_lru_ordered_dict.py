# LRU cache built on dict insertion order and OrderedDict.move_to_end; functools.lru_cache stats.
import collections, functools
class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.d = {}
    def get(self, k):
        if k not in self.d:
            return None
        v = self.d.pop(k)
        self.d[k] = v
        return v
    def put(self, k, v):
        self.d.pop(k, None)
        self.d[k] = v
        if len(self.d) > self.cap:
            oldest = next(iter(self.d))
            del self.d[oldest]
c = LRU(3)
for op in ["put a 1", "put b 2", "put c 3", "get a", "put d 4", "get b", "get c", "put e 5", "get a", "get d"]:
    parts = op.split()
    if parts[0] == "put":
        c.put(parts[1], int(parts[2]))
        print(op, list(c.d))
    else:
        print(op, c.get(parts[1]), list(c.d))
od = collections.OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False), list(od))
print(collections.OrderedDict(a=1, b=2) == collections.OrderedDict(b=2, a=1), dict(a=1, b=2) == dict(b=2, a=1))
print(collections.OrderedDict(a=1, b=2) == dict(b=2, a=1))
@functools.lru_cache(maxsize=4)
def slow_square(n):
    return n * n
for n in [1, 2, 3, 1, 4, 5, 1, 2]:
    slow_square(n)
print(slow_square.cache_info())
slow_square.cache_clear()
print(slow_square.cache_info())
@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(150), fib.cache_info().hits, fib.cache_info().currsize)
