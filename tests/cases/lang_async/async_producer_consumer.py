# A hand-written scheduler with a queue: producers and consumers cooperating through awaitables.
from collections import deque
class Loop:
    def __init__(self):
        self.ready = deque()
        self.log = []
    def spawn(self, coro):
        self.ready.append(coro)
    def run(self):
        steps = 0
        while self.ready:
            coro = self.ready.popleft()
            steps += 1
            try:
                coro.send(None)
            except StopIteration as e:
                self.log.append(f"{coro.__name__} -> {e.value}")
            else:
                self.ready.append(coro)
        return steps
class Yield:
    def __await__(self):
        yield
class Queue:
    def __init__(self, size):
        self.items = deque()
        self.size = size
    async def put(self, item):
        while len(self.items) >= self.size:
            await Yield()
        self.items.append(item)
    async def get(self):
        while not self.items:
            await Yield()
        return self.items.popleft()
loop = Loop()
q = Queue(2)
async def producer(name, items):
    for it in items:
        await q.put(f"{name}{it}")
        print(f"put {name}{it} (size {len(q.items)})")
    await q.put(None)
    return f"{name} produced {len(items)}"
async def consumer(n_producers):
    done = 0
    got = []
    while done < n_producers:
        item = await q.get()
        if item is None:
            done += 1
            continue
        print("got", item)
        got.append(item)
    return sorted(got)
loop.spawn(producer("a", range(3)))
loop.spawn(producer("b", range(2)))
loop.spawn(consumer(2))
print("steps", loop.run())
for line in loop.log:
    print(line)
