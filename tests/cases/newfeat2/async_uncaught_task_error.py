# An exception escaping a hand-driven coroutine propagates out of the loop and ends the program.
from collections import deque
class Tick:
    def __await__(self):
        yield
async def parse(record):
    await Tick()
    key, _, raw = record.partition("=")
    return key, int(raw)
async def load(records):
    config = {}
    for r in records:
        k, v = await parse(r)
        config[k] = v
        print("loaded", k, v)
    return config
def run_all(coros):
    q = deque(coros)
    while q:
        c = q.popleft()
        try:
            c.send(None)
        except StopIteration as e:
            print("done:", e.value)
            continue
        q.append(c)
run_all([load(["a=1", "b=2"]), load(["x=10", "y=twenty", "z=3"])])
print("unreachable")
