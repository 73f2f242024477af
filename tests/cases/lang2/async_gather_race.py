# gather() and first_completed() implemented over a tiny cooperative scheduler, with errors.
class Delay:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        for _ in range(self.n):
            yield
def gather(*coros, return_exceptions=False):
    results = [None] * len(coros)
    pending = dict(enumerate(coros))
    order = []
    while pending:
        for i in list(pending):
            try:
                pending[i].send(None)
            except StopIteration as s:
                results[i] = s.value
                order.append(i)
                del pending[i]
            except Exception as e:
                if not return_exceptions:
                    for c in pending.values():
                        c.close()
                    raise
                results[i] = e
                order.append(i)
                del pending[i]
    return results, order
def first_completed(**coros):
    pending = dict(coros)
    while True:
        for name in list(pending):
            try:
                pending[name].send(None)
            except StopIteration as s:
                for other in pending.values():
                    other.close()
                return name, s.value
closed = []
async def fetch(name, delay, fail=False):
    try:
        await Delay(delay)
        if fail:
            raise LookupError(f"{name} not found")
        return f"<{name}>"
    finally:
        closed.append(name)
res, order = gather(fetch("a", 3), fetch("b", 1), fetch("c", 2))
print(res, order, closed)
closed.clear()
res, order = gather(fetch("a", 2), fetch("b", 1, True), fetch("c", 0), return_exceptions=True)
print([r if isinstance(r, str) else f"{type(r).__name__}({r})" for r in res], order)
closed.clear()
try:
    gather(fetch("x", 5), fetch("y", 1, True), fetch("z", 3))
except LookupError as e:
    print(type(e).__name__, e, sorted(closed))
closed.clear()
print(first_completed(slow=fetch("slow", 4), fast=fetch("fast", 2), mid=fetch("mid", 3)), sorted(closed))
async def nested():
    inner, _ = gather(fetch("i1", 1), fetch("i2", 0))
    await Delay(1)
    return inner
print(gather(nested(), fetch("o", 1))[0])
