# A minimal round-robin scheduler driving several coroutines by hand.
from collections import deque
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield ("sleep", self.ticks)
class Loop:
    def __init__(self):
        self.ready = deque()
        self.sleeping = []
        self.now = 0
        self.results = {}
    def spawn(self, name, coro):
        self.ready.append((name, coro, None))
    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.sleeping.sort(key=lambda s: (s[0], s[1]))
                wake, _, name, coro = self.sleeping.pop(0)
                self.now = wake
                self.ready.append((name, coro, None))
                continue
            name, coro, value = self.ready.popleft()
            try:
                cmd = coro.send(value)
            except StopIteration as e:
                self.results[name] = e.value
                print(f"t={self.now} {name} finished -> {e.value!r}")
                continue
            except Exception as e:
                self.results[name] = e
                print(f"t={self.now} {name} failed -> {type(e).__name__}: {e}")
                continue
            kind, arg = cmd
            self.sleeping.append((self.now + arg, len(self.sleeping) + self.now * 100, name, coro))
loop = Loop()
async def worker(name, delays):
    total = 0
    for d in delays:
        print(f"t={loop.now} {name} sleeps {d}")
        await Sleep(d)
        total += d
    return total
async def failing():
    await Sleep(2)
    raise ValueError("worker crashed")
async def nested():
    a = await worker_helper(1)
    b = await worker_helper(3)
    return a + b
async def worker_helper(n):
    await Sleep(n)
    return n * 10
loop.spawn("A", worker("A", [1, 3]))
loop.spawn("B", worker("B", [2, 2]))
loop.spawn("C", failing())
loop.spawn("D", nested())
loop.run()
print(sorted((k, v if not isinstance(v, Exception) else repr(v)) for k, v in loop.results.items()))
print("final time", loop.now)
