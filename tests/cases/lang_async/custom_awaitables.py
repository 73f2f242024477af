# Custom awaitables: generator-based __await__, values passed back and forth, nested awaits.
class Request:
    def __init__(self, what):
        self.what = what
    def __await__(self):
        reply = yield ("request", self.what)
        return reply
class Future:
    def __init__(self):
        self.done = False
        self.result = None
    def set(self, v):
        self.done, self.result = True, v
    def __await__(self):
        while not self.done:
            yield ("waiting", id(self) and "future")
        return self.result
    __iter__ = __await__
async def handler():
    a = await Request("a")
    b = await Request("b")
    return a + b
c = handler()
msg = c.send(None)
while True:
    print("loop got", msg)
    try:
        msg = c.send(msg[1].upper() * 2)
    except StopIteration as e:
        print("handler returned", e.value)
        break
fut = Future()
async def waiter():
    v = await fut
    return f"future gave {v}"
c = waiter()
print(c.send(None))
print(c.send(None))
fut.set(99)
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
class Ready:
    def __await__(self):
        return iter(())
async def immediate():
    r = await Ready()
    return r
try:
    immediate().send(None)
except StopIteration as e:
    print("no suspension, value", e.value)
class Wrapper:
    def __init__(self, coro):
        self.coro = coro
    def __await__(self):
        result = yield from self.coro.__await__()
        return ("wrapped", result)
async def base():
    return await Request("x")
async def use_wrapper():
    return await Wrapper(base())
c = use_wrapper()
print(c.send(None))
try:
    c.send("reply")
except StopIteration as e:
    print(e.value)
aw = base().__await__()
print(type(aw).__name__, next(aw))
aw.close()
