# An async Lock with a FIFO waiter queue, Event notification, and a Condition-like barrier.
from collections import deque
class Park:
    def __init__(self, waiter):
        self.waiter = waiter
    def __await__(self):
        while not self.waiter["ready"]:
            yield
class Pause:
    def __await__(self):
        yield
class Lock:
    def __init__(self):
        self.owner, self.waiters, self.grants = None, deque(), []
    async def acquire(self, who):
        if self.owner is None and not self.waiters:
            self.owner = who
        else:
            w = {"who": who, "ready": False}
            self.waiters.append(w)
            await Park(w)
        self.grants.append(who)
    def release(self, who):
        if self.owner != who:
            raise RuntimeError(f"{who} releasing lock owned by {self.owner}")
        if self.waiters:
            w = self.waiters.popleft()
            self.owner = w["who"]
            w["ready"] = True
        else:
            self.owner = None
class Event:
    def __init__(self):
        self.flag = {"ready": False}
    def set(self):
        self.flag["ready"] = True
    async def wait(self):
        await Park(self.flag)
def run(coros):
    pending = list(coros)
    rounds = 0
    while pending:
        rounds += 1
        for c in list(pending):
            try:
                c.send(None)
            except StopIteration:
                pending.remove(c)
    return rounds
lock, start = Lock(), Event()
log = []
async def user(name, work):
    await start.wait()
    await lock.acquire(name)
    log.append(f"{name} in")
    for _ in range(work):
        await Pause()
    log.append(f"{name} out")
    lock.release(name)
async def starter():
    log.append("starter fires")
    start.set()
print(run([user("a", 1), user("b", 2), user("c", 0), starter()]))
print(log, lock.grants, lock.owner)
try:
    lock.release("zed")
except RuntimeError as e:
    print(type(e).__name__, e)
async def holder():
    await lock.acquire("h")
    return "h holds"
async def contender():
    await lock.acquire("k")
    return "k got it"
h, k = holder(), contender()
try:
    h.send(None)
except StopIteration as s:
    print(s.value)
k.send(None)
print(len(lock.waiters), lock.owner)
lock.release("h")
try:
    k.send(None)
except StopIteration as s:
    print(s.value, lock.owner)
