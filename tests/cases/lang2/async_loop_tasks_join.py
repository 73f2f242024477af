# A hand-written event loop with Task objects, awaiting other tasks (join), and results/exceptions.
from collections import deque
class Task:
    def __init__(self, loop, coro, name):
        self.loop, self.coro, self.name = loop, coro, name
        self.done, self.result, self.exc, self.waiters = False, None, None, []
    def __await__(self):
        if not self.done:
            yield ("join", self)
        if self.exc is not None:
            raise self.exc
        return self.result
class Yield:
    def __await__(self):
        yield ("yield", None)
class Loop:
    def __init__(self):
        self.ready, self.trace = deque(), []
    def create_task(self, coro, name):
        t = Task(self, coro, name)
        self.ready.append((t, None, None))
        return t
    def run(self):
        while self.ready:
            task, value, exc = self.ready.popleft()
            try:
                cmd = task.coro.throw(exc) if exc else task.coro.send(value)
            except StopIteration as s:
                self.finish(task, s.value, None)
                continue
            except Exception as e:
                self.finish(task, None, e)
                continue
            kind, arg = cmd
            if kind == "join":
                arg.waiters.append(task)
            else:
                self.ready.append((task, None, None))
    def finish(self, task, result, exc):
        task.done, task.result, task.exc = True, result, exc
        self.trace.append(f"{task.name}:{'err' if exc else result}")
        for w in task.waiters:
            self.ready.append((w, None, None))
loop = Loop()
async def compute(name, n):
    total = 0
    for i in range(n):
        total += i
        await Yield()
    if total > 10:
        raise OverflowError(f"{name} total {total} too big")
    return total
async def supervisor():
    a = loop.create_task(compute("a", 3), "a")
    b = loop.create_task(compute("b", 6), "b")
    c = loop.create_task(compute("c", 5), "c")
    results = []
    for t in (a, b, c):
        try:
            results.append(await t)
        except OverflowError as e:
            results.append(f"{type(e).__name__}: {e}")
    again = await a
    return results, again
main = loop.create_task(supervisor(), "main")
loop.run()
print(main.result)
print(loop.trace)
async def boom():
    await Yield()
    raise KeyError("no such key")
t = loop.create_task(boom(), "boom")
loop.run()
print(t.done, repr(t.exc), t.result)
