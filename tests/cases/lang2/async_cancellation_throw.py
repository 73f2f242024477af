# Cancelling coroutines via throw(): cleanup in finally, catching and re-raising, ignoring cancellation.
class Cancelled(BaseException):
    pass
class Tick:
    def __await__(self):
        return (yield "tick")
log = []
async def worker(name, steps):
    try:
        for i in range(steps):
            await Tick()
            log.append(f"{name} step {i}")
        return f"{name} finished"
    except Cancelled as c:
        log.append(f"{name} cancelled: {c}")
        raise
    finally:
        log.append(f"{name} cleanup")
async def stubborn():
    while True:
        try:
            await Tick()
        except Cancelled:
            log.append("stubborn ignores cancel")
async def graceful():
    try:
        await Tick()
        await Tick()
    except Cancelled:
        log.append("graceful saving state")
        await Tick()
        return "saved"
def cancel(coro, msg="cancel requested"):
    try:
        coro.throw(Cancelled(msg))
    except Cancelled as c:
        return f"cancelled ({c})"
    except StopIteration as s:
        return f"returned {s.value!r}"
    return "still running"
w = worker("w1", 5)
w.send(None); w.send(None); w.send(None)
print(cancel(w))
print(w.cr_frame is None, log)
log.clear()
s = stubborn()
s.send(None)
print(cancel(s), cancel(s), log)
s.close()
log.clear()
g = graceful()
g.send(None)
print(cancel(g), log)
try:
    g.send(None)
except StopIteration as e:
    print("graceful result:", e.value)
w2 = worker("w2", 1)
print(cancel(w2))
try:
    w2.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
w3 = worker("w3", 2)
w3.send(None)
w3.close()
print(log[-2:])
print(issubclass(Cancelled, Exception), Cancelled.__mro__[1].__name__)
