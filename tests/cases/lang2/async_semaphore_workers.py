# A worker pool with an async semaphore and a job queue on a deterministic round-robin loop.
from collections import deque
class Suspend:
    def __await__(self):
        yield
class Semaphore:
    def __init__(self, n):
        self.n, self.max_seen, self.in_use = n, 0, 0
    async def acquire(self):
        while self.n == 0:
            await Suspend()
        self.n -= 1
        self.in_use += 1
        self.max_seen = max(self.max_seen, self.in_use)
    def release(self):
        self.n += 1
        self.in_use -= 1
    async def __aenter__(self):
        await self.acquire()
    async def __aexit__(self, *exc):
        self.release()
class Loop:
    def __init__(self):
        self.q, self.tick, self.events = deque(), 0, []
    def spawn(self, coro):
        self.q.append(coro)
    def run(self):
        while self.q:
            self.tick += 1
            coro = self.q.popleft()
            try:
                coro.send(None)
                self.q.append(coro)
            except StopIteration:
                pass
loop = Loop()
sem = Semaphore(2)
jobs = deque([("resize", 3), ("upload", 1), ("thumb", 2), ("email", 1), ("report", 4)])
done = []
async def worker(wid):
    while jobs:
        name, cost = jobs.popleft()
        async with sem:
            loop.events.append(f"t{loop.tick} w{wid} start {name}")
            for _ in range(cost):
                await Suspend()
            done.append((name, wid))
            loop.events.append(f"t{loop.tick} w{wid} end {name}")
    return wid
for w in range(3):
    loop.spawn(worker(w))
loop.run()
print("\n".join(loop.events))
print(done, sem.max_seen, sem.n, loop.tick)
