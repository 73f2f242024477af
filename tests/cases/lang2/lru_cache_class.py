# An LRU cache class on OrderedDict with hit/miss stats, __contains__, __len__ and eviction callbacks.
from collections import OrderedDict
class LRU:
    def __init__(self, capacity, on_evict=None):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity, self.data, self.on_evict = capacity, OrderedDict(), on_evict
        self.hits = self.misses = 0
    def get(self, key, default=None):
        if key in self.data:
            self.hits += 1
            self.data.move_to_end(key)
            return self.data[key]
        self.misses += 1
        return default
    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        while len(self.data) > self.capacity:
            k, v = self.data.popitem(last=False)
            if self.on_evict:
                self.on_evict(k, v)
    def __getitem__(self, key):
        sentinel = object()
        v = self.get(key, sentinel)
        if v is sentinel:
            raise KeyError(key)
        return v
    __setitem__ = put
    def __contains__(self, key):
        return key in self.data
    def __len__(self):
        return len(self.data)
    def __repr__(self):
        return f"LRU({list(self.data.items())}, hits={self.hits}, misses={self.misses})"
evicted = []
c = LRU(3, on_evict=lambda k, v: evicted.append(k))
for k in "abc":
    c[k] = k.upper()
print(c.get("a"), c.get("z"), c)
c["d"] = "D"
print(evicted, list(c.data), "b" in c, len(c))
c["c"] = "C2"
c["e"] = "E"
print(evicted, c)
try:
    c["b"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    LRU(0)
except ValueError as e:
    print(type(e).__name__, e)
def cached(cache):
    def deco(fn):
        def wrapper(n):
            r = cache.get(n)
            if r is None:
                r = cache[n] = fn(n)
            return r
        return wrapper
    return deco
fc = LRU(100)
@cached(fc)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fc.hits, fc.misses, len(fc))
