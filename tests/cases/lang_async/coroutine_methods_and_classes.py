# async def as methods, classmethods, staticmethods, __call__, properties returning coroutines, closures.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Service:
    prefix = "svc"
    def __init__(self, name):
        self.name = name
    async def fetch(self, key):
        return f"{self.name}:{key}"
    @classmethod
    async def build(cls, name):
        return cls(f"{cls.prefix}-{name}")
    @staticmethod
    async def helper(x):
        return x * 2
    async def __call__(self, v):
        return f"called {v}"
    @property
    async def lazy(self):
        return f"lazy {self.name}"
async def main():
    s = await Service.build("a")
    results = [s.name, await s.fetch("k"), await Service.helper(4), await s(5), await s.lazy]
    return results
print(run(main()))
def make_counter():
    count = 0
    async def inc():
        nonlocal count
        count += 1
        return count
    return inc
inc = make_counter()
print(run(inc()), run(inc()), run(inc()))
async def defaults(a, b=2, *args, c, **kw):
    return a, b, args, c, kw
print(run(defaults(1, c=3)), run(defaults(1, 5, 6, c=0, z=1)))
try:
    defaults(1)
except TypeError as e:
    print(type(e).__name__, e)
async def recursive(n):
    return 1 if n <= 1 else n * await recursive(n - 1)
print(run(recursive(10)))
class Sub(Service):
    async def fetch(self, key):
        base = await super().fetch(key)
        return base.upper()
print(run(Sub("child").fetch("x")))
lam = lambda: defaults(0, c=0)
print(run(lam()))
