# Hand-written event loop with Task objects; cancellation is delivered by coro.throw().
from collections import deque
class Cancelled(BaseException):
    pass
class Yield:
    def __await__(self):
        yield "yield"
class Task:
    def __init__(self, name, coro):
        self.name, self.coro = name, coro
        self.done = False
        self.result = None
        self.pending_cancel = False
    def cancel(self):
        self.pending_cancel = True
class Loop:
    def __init__(self):
        self.ready = deque()
        self.tick = 0
    def spawn(self, name, coro):
        t = Task(name, coro)
        self.ready.append(t)
        return t
    def run(self, limit=None):
        while self.ready and (limit is None or self.tick < limit):
            self.tick += 1
            t = self.ready.popleft()
            try:
                if t.pending_cancel:
                    t.pending_cancel = False
                    t.coro.throw(Cancelled("cancelled by loop"))
                else:
                    t.coro.send(None)
            except StopIteration as e:
                t.done, t.result = True, e.value
                print(f"[{self.tick}] {t.name} returned {e.value!r}")
                continue
            except Cancelled as e:
                t.done, t.result = True, "CANCELLED"
                print(f"[{self.tick}] {t.name} cancelled: {e}")
                continue
            except Exception as e:
                t.done, t.result = True, e
                print(f"[{self.tick}] {t.name} raised {type(e).__name__}: {e}")
                continue
            self.ready.append(t)
async def counter(name, n):
    try:
        for i in range(n):
            print(f"  {name} step {i}")
            await Yield()
        return n
    finally:
        print(f"  {name} cleanup")
async def stubborn():
    count = 0
    while count < 3:
        try:
            await Yield()
        except Cancelled:
            print("  stubborn ignores cancel")
        count += 1
    return "survived"
async def converts():
    try:
        await Yield()
        await Yield()
    except Cancelled as c:
        raise RuntimeError("converted") from c
loop = Loop()
a = loop.spawn("a", counter("a", 5))
b = loop.spawn("b", counter("b", 2))
s = loop.spawn("s", stubborn())
c = loop.spawn("c", converts())
loop.run(limit=4)
print("-- cancelling a, s, c")
a.cancel(); s.cancel(); c.cancel()
loop.run()
late = loop.spawn("late", counter("late", 3))
late.cancel()
loop.run()
for t in (a, b, s, c, late):
    r = t.result
    print(t.name, t.done, r if not isinstance(r, BaseException) else (type(r).__name__, str(r), type(r.__cause__).__name__))
