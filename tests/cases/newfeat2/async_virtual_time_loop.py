# A virtual-time scheduler: sleep() awaitables, a heap of timers, join() on other tasks.
import heapq
class Sleep:
    def __init__(self, delay):
        self.delay = delay
    def __await__(self):
        yield ("sleep", self.delay)
class Join:
    def __init__(self, task):
        self.task = task
    def __await__(self):
        if not self.task.done:
            yield ("join", self.task)
        return self.task.result
class Task:
    seq = 0
    def __init__(self, coro, name):
        self.coro, self.name, self.done, self.result, self.waiters = coro, name, False, None, []
class Scheduler:
    def __init__(self):
        self.now, self.heap, self.seq = 0, [], 0
    def push(self, when, task, value=None):
        self.seq += 1
        heapq.heappush(self.heap, (when, self.seq, task, value))
    def spawn(self, coro, name):
        t = Task(coro, name)
        self.push(self.now, t)
        return t
    def run(self):
        while self.heap:
            self.now, _, task, value = heapq.heappop(self.heap)
            try:
                kind, arg = task.coro.send(value)
            except StopIteration as e:
                task.done, task.result = True, e.value
                print(f"t={self.now:>3} {task.name} done -> {e.value!r}")
                for w in task.waiters:
                    self.push(self.now, w, e.value)
                continue
            if kind == "sleep":
                self.push(self.now + arg, task)
            elif kind == "join":
                arg.waiters.append(task)
sched = Scheduler()
async def fetch(url, latency):
    print(f"t={sched.now:>3} start {url}")
    await Sleep(latency)
    print(f"t={sched.now:>3} got {url}")
    return len(url) * latency
async def crawler(urls):
    tasks = [sched.spawn(fetch(u, l), f"fetch:{u}") for u, l in urls]
    total = 0
    for t in tasks:
        total += await Join(t)
    await Sleep(5)
    return total
async def ticker(n, every):
    for i in range(n):
        await Sleep(every)
        print(f"t={sched.now:>3} tick {i}")
    return n
main = sched.spawn(crawler([("a.com", 30), ("bb.org", 10), ("ccc.net", 20)]), "crawler")
sched.spawn(ticker(4, 12), "ticker")
sched.run()
print("final:", main.result, sched.now)
