# Timeouts implemented by the scheduler throwing a custom exception into coroutines that overrun.
import heapq
class Timeout(Exception):
    pass
class Sleep:
    def __init__(self, d):
        self.d = d
    def __await__(self):
        yield self.d
class Sched:
    def __init__(self):
        self.now, self.q, self.seq, self.results = 0, [], 0, {}
    def add(self, name, coro, deadline=None):
        self._push(self.now, name, coro, deadline, None)
    def _push(self, t, name, coro, deadline, exc):
        heapq.heappush(self.q, (t, self.seq, name, coro, deadline, exc))
        self.seq += 1
    def run(self):
        while self.q:
            t, _, name, coro, deadline, exc = heapq.heappop(self.q)
            self.now = t
            try:
                delay = coro.throw(exc) if exc else coro.send(None)
            except StopIteration as s:
                self.results[name] = ("ok", s.value, self.now)
                continue
            except Exception as e:
                self.results[name] = ("err", f"{type(e).__name__}: {e}", self.now)
                continue
            wake = self.now + delay
            if deadline is not None and wake > deadline:
                self._push(deadline, name, coro, None, Timeout(f"{name} exceeded deadline {deadline}"))
            else:
                self._push(wake, name, coro, deadline, None)
async def job(steps):
    done = 0
    for s in steps:
        await Sleep(s)
        done += 1
    return done
async def resilient(steps):
    try:
        return await job(steps)
    except Timeout as t:
        await Sleep(1)
        return f"partial after {t}"
async def cleanup_on_timeout(log):
    try:
        await Sleep(100)
    finally:
        log.append("released resources")
s = Sched()
log = []
s.add("quick", job([1, 1]), deadline=10)
s.add("slow", job([3, 3, 3, 3]), deadline=10)
s.add("resilient", resilient([4, 4, 4]), deadline=9)
s.add("nolimit", job([20]))
s.add("cleanup", cleanup_on_timeout(log), deadline=5)
s.run()
for name in sorted(s.results):
    print(name, s.results[name])
print(log, s.now)
