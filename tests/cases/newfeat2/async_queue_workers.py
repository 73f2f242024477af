# Producer/consumer over a hand-written async queue built on futures and a ready deque.
from collections import deque
class Future:
    def __init__(self):
        self.done, self.value, self.callbacks = False, None, []
    def set_result(self, v):
        self.done, self.value = True, v
        for cb in self.callbacks:
            cb()
    def __await__(self):
        if not self.done:
            yield self
        return self.value
class Loop:
    def __init__(self):
        self.ready = deque()
    def spawn(self, coro):
        self.ready.append(coro)
    def run(self):
        while self.ready:
            coro = self.ready.popleft()
            try:
                fut = coro.send(None)
            except StopIteration:
                continue
            fut.callbacks.append(lambda c=coro: self.ready.append(c))
class Queue:
    def __init__(self, maxsize):
        self.items, self.maxsize = deque(), maxsize
        self.getters, self.putters = deque(), deque()
    async def put(self, item):
        while len(self.items) >= self.maxsize:
            f = Future()
            self.putters.append(f)
            await f
        self.items.append(item)
        if self.getters:
            self.getters.popleft().set_result(None)
    async def get(self):
        while not self.items:
            f = Future()
            self.getters.append(f)
            await f
        item = self.items.popleft()
        if self.putters:
            self.putters.popleft().set_result(None)
        return item
loop = Loop()
q = Queue(2)
done = []
async def producer(name, items):
    for it in items:
        print(f"{name} put {it} (size {len(q.items)})")
        await q.put(it)
    await q.put(None)
async def consumer(name):
    got = []
    while True:
        it = await q.get()
        if it is None:
            break
        print(f"  {name} got {it}")
        got.append(it)
    done.append((name, got))
loop.spawn(producer("P", ["a", "b", "c", "d", "e"]))
loop.spawn(consumer("C1"))
loop.run()
print(done, len(q.items))
