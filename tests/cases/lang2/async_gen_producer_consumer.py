# Async generators as producers with a bounded buffer, consumed via async for and async comprehensions.
from collections import deque
class Pause:
    def __await__(self):
        yield "pause"
class Channel:
    def __init__(self, cap):
        self.buf, self.cap, self.closed = deque(), cap, False
    async def put(self, item):
        while len(self.buf) >= self.cap:
            await Pause()
        self.buf.append(item)
    async def get(self):
        while not self.buf:
            if self.closed:
                raise EOFError("channel closed")
            await Pause()
        return self.buf.popleft()
    def __aiter__(self):
        return self
    async def __anext__(self):
        try:
            return await self.get()
        except EOFError:
            raise StopAsyncIteration
def run_all(*coros):
    pending = list(coros)
    results = [None] * len(coros)
    while any(c is not None for c in pending):
        for i, c in enumerate(pending):
            if c is None:
                continue
            try:
                c.send(None)
            except StopIteration as s:
                results[i] = s.value
                pending[i] = None
    return results
log = []
async def numbers(n):
    for i in range(n):
        log.append(f"gen {i}")
        await Pause()
        yield i
async def producer(ch):
    async for x in numbers(5):
        await ch.put(x * x)
        log.append(f"put {x * x}")
    ch.closed = True
    return "producer done"
async def consumer(ch):
    got = []
    async for item in ch:
        log.append(f"got {item}")
        got.append(item)
    return got
ch = Channel(2)
print(run_all(producer(ch), consumer(ch)))
print(log)
async def comprehensions():
    evens = [x async for x in numbers(6) if x % 2 == 0]
    squares = {x: x * x async for x in numbers(3)}
    nested = [[y async for y in numbers(x)] for x in range(3)]
    total = sum([x async for x in numbers(4)])
    return evens, squares, nested, total
log.clear()
print(run_all(comprehensions()))
print(len(log))
