# Generators that drive coroutines, and coroutines that drive generators.
class Pause:
    def __init__(self, v):
        self.v = v
    def __await__(self):
        return (yield self.v)
async def doubler(n):
    total = 0
    for i in range(n):
        got = await Pause(i)
        total += got
    return total
def drive(coro):
    value = None
    while True:
        try:
            request = coro.send(value)
        except StopIteration as e:
            return e.value
        value = yield request
def outer():
    r = yield from drive(doubler(3))
    yield f"total {r}"
g = outer()
print(next(g))
print(g.send(10), g.send(20))
print(g.send(30))
def numbers():
    yield from range(3)
async def uses_generator():
    out = []
    for n in numbers():
        out.append(await Pause(n * 100))
    return out
c = uses_generator()
r = c.send(None)
try:
    while True:
        r = c.send(r + 1)
except StopIteration as e:
    print(e.value)
def gen_running_check():
    async def peek():
        return g2.gi_running
    c = peek()
    try:
        c.send(None)
    except StopIteration as e:
        yield e.value
g2 = gen_running_check()
print("generator running while driving a coroutine:", next(g2))
