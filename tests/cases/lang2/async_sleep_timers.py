# Custom awaitable sleeps on a virtual clock; a heap-based scheduler with deterministic ordering.
import heapq
class Clock:
    def __init__(self):
        self.now = 0
        self.queue = []
        self.seq = 0
        self.out = []
    def call_at(self, when, coro, value=None):
        heapq.heappush(self.queue, (when, self.seq, coro, value))
        self.seq += 1
    def spawn(self, coro):
        self.call_at(self.now, coro)
    def run(self):
        while self.queue:
            when, _, coro, value = heapq.heappop(self.queue)
            self.now = when
            try:
                delay = coro.send(value)
            except StopIteration as s:
                if s.value is not None:
                    self.out.append((self.now, s.value))
                continue
            self.call_at(self.now + delay, coro, self.now)
class sleep:
    def __init__(self, delay):
        if delay < 0:
            raise ValueError(f"negative delay {delay}")
        self.delay = delay
    def __await__(self):
        woke_at = yield self.delay
        return woke_at
clock = Clock()
async def ticker(name, period, count):
    for i in range(count):
        t = await sleep(period)
        print(f"[{t:>3}] {name} tick {i}")
    return f"{name} done"
async def timeout_wrapper(coro, limit):
    start = clock.now
    it = coro.__await__() if hasattr(coro, "__await__") else coro
    value = None
    while True:
        try:
            delay = it.send(value)
        except StopIteration as s:
            return s.value
        if clock.now + delay - start > limit:
            it.close()
            return f"timeout after {limit}"
        value = await sleep(delay)
async def bad_sleeper():
    await sleep(-1)
clock.spawn(ticker("fast", 3, 4))
clock.spawn(ticker("slow", 5, 2))
clock.spawn(timeout_wrapper(ticker("limited", 4, 10), 9))
clock.run()
print(clock.out, clock.now)
c = bad_sleeper()
try:
    c.send(None)
except ValueError as e:
    print(type(e).__name__, e)
print(isinstance(sleep(1).__await__(), type((lambda: (yield))())))
