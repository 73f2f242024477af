# Cancelling a task blocked deep in a chain of awaits: each level's except/finally runs in order.
class Cancelled(Exception):
    pass
class Future:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        result = yield self
        return result
trace = []
async def level3():
    try:
        trace.append("l3 waiting")
        return await Future("io")
    finally:
        trace.append("l3 finally")
async def level2():
    try:
        return await level3()
    except Cancelled as e:
        trace.append(f"l2 saw {e}")
        raise
    finally:
        trace.append("l2 finally")
async def level1():
    try:
        r = await level2()
        trace.append(f"l1 got {r}")
    except Cancelled:
        trace.append("l1 handled cancel")
        return "cancelled-cleanly"
    return "normal"
c = level1()
fut = c.send(None)
print(type(fut).__name__, fut.label)
print("awaiting chain:", c.cr_await.__qualname__, c.cr_await.cr_await.__qualname__)
try:
    c.throw(Cancelled("stop now"))
except StopIteration as e:
    print("result:", e.value)
print(trace)
trace.clear()
c = level1()
c.send(None)
try:
    c.send(42)
except StopIteration as e:
    print("result:", e.value)
print(trace)
trace.clear()
c = level1()
c.send(None)
try:
    c.throw(KeyError("unrelated"))
except KeyError as e:
    print("propagated:", repr(e))
print(trace)
trace.clear()
c = level1()
c.send(None)
c.close()
print("after close:", trace, c.cr_frame)
async def shielded():
    try:
        await Future("x")
    except Cancelled:
        pass
    return await Future("second")
c = shielded()
c.send(None)
nxt = c.throw(Cancelled())
print("kept running:", nxt.label)
try:
    c.send("v")
except StopIteration as e:
    print("value:", e.value)
