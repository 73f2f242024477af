# A coroutine can only be awaited once; later awaits and sends fail.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def value():
    return 7
async def twice():
    c = value()
    a = await c
    try:
        b = await c
    except RuntimeError as e:
        return a, f"{type(e).__name__}: {e}"
print(run(twice()))
c = value()
print(run(c))
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    run(c)
except RuntimeError as e:
    print("again:", e)
async def raises():
    raise ValueError("inside")
c = raises()
try:
    c.send(None)
except ValueError as e:
    print(type(e).__name__, e)
try:
    c.send(None)
except RuntimeError as e:
    print("after exception:", e)
async def await_closed():
    c = value()
    c.close()
    try:
        await c
    except RuntimeError as e:
        return str(e)
print(run(await_closed()))
c = value()
c.close()
try:
    c.throw(KeyError("k"))
except Exception as e:
    print("throw into closed:", type(e).__name__, e)
async def self_await():
    await me
me = self_await()
try:
    me.send(None)
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
