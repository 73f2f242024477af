# Driving coroutines by hand with send(None); results arrive in StopIteration.value.
async def add(a, b):
    return a + b
async def compute():
    x = await add(1, 2)
    y = await add(x, 10)
    return x, y
c = compute()
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
class Pause:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        sent = yield self.value
        return f"resumed with {sent!r}"
async def pauser():
    a = await Pause("first")
    print("  a =", a)
    b = await Pause("second")
    print("  b =", b)
    return "finished"
c = pauser()
print("yielded", c.send(None))
print("yielded", c.send("x"))
try:
    c.send(42)
except StopIteration as e:
    print("returned", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
c = pauser()
try:
    c.send("early")
except TypeError as e:
    print(type(e).__name__, e)
c.close()
async def nothing():
    pass
c = nothing()
try:
    c.send(None)
except StopIteration as e:
    print("implicit None:", e.value, e.args)
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def chain(n):
    if n == 0:
        return "bottom"
    return f"{n}>" + await chain(n - 1)
print(run(chain(5)))
c = compute()
try:
    next(c)
except TypeError as e:
    print(type(e).__name__, e)
c.close()
c = compute()
try:
    iter(c)
except TypeError as e:
    print(type(e).__name__, e)
c.close()
