# Futures with done-callbacks and a gather() written by hand on top of a tiny loop.
from collections import deque
class Future:
    def __init__(self):
        self._done = False
        self._result = None
        self._exc = None
        self._callbacks = []
    def set_result(self, v):
        self._done, self._result = True, v
        for cb in self._callbacks:
            cb(self)
    def set_exception(self, e):
        self._done, self._exc = True, e
        for cb in self._callbacks:
            cb(self)
    def add_done_callback(self, cb):
        if self._done:
            cb(self)
        else:
            self._callbacks.append(cb)
    def __await__(self):
        if not self._done:
            yield self
        if self._exc is not None:
            raise self._exc
        return self._result
class Loop:
    def __init__(self):
        self.ready = deque()
        self.timers = []
        self.time = 0
    def call_later(self, delay, fn, *args):
        self.timers.append((self.time + delay, len(self.timers), fn, args))
    def create_task(self, coro):
        fut = Future()
        def step(value=None):
            try:
                waiting_on = coro.send(value)
            except StopIteration as e:
                fut.set_result(e.value)
            except Exception as e:
                fut.set_exception(e)
            else:
                waiting_on.add_done_callback(lambda f: self.ready.append(lambda: step(None)))
        self.ready.append(step)
        return fut
    def run(self):
        while self.ready or self.timers:
            while self.ready:
                self.ready.popleft()()
            if self.timers:
                self.timers.sort()
                t, _, fn, args = self.timers.pop(0)
                self.time = t
                fn(*args)
loop = Loop()
def sleep(delay, value=None):
    f = Future()
    loop.call_later(delay, f.set_result, value)
    return f
async def job(name, delay):
    v = await sleep(delay, name.upper())
    print(f"t={loop.time} {name} woke with {v}")
    if name == "bad":
        raise ValueError(f"{name} failed")
    return f"{name}:{delay}"
async def gather(*coros):
    tasks = [loop.create_task(c) for c in coros]
    results = []
    for t in tasks:
        try:
            results.append(await t)
        except Exception as e:
            results.append(f"{type(e).__name__}({e})")
    return results
async def main():
    r = await gather(job("a", 3), job("b", 1), job("bad", 2), job("c", 0))
    print("gathered", r)
    return len(r)
final = loop.create_task(main())
loop.run()
print("main result", final._result, "time", loop.time)
