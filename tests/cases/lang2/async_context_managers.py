# Async context managers (classes with __aenter__/__aexit__) for locks and connections, driven by hand.
class Step:
    def __await__(self):
        yield
log = []
class Lock:
    def __init__(self):
        self.locked = False
        self.waiting = 0
    async def __aenter__(self):
        while self.locked:
            self.waiting += 1
            await Step()
        self.locked = True
        return self
    async def __aexit__(self, et, ev, tb):
        self.locked = False
        return False
class Connection:
    def __init__(self, name, fail=False):
        self.name, self.fail = name, fail
    async def __aenter__(self):
        await Step()
        if self.fail:
            raise ConnectionError(f"cannot connect to {self.name}")
        log.append(f"open {self.name}")
        return self
    async def __aexit__(self, et, ev, tb):
        await Step()
        log.append(f"close {self.name} ({et.__name__ if et else 'ok'})")
        return et is TimeoutError
    async def query(self, q):
        await Step()
        if q == "slow":
            raise TimeoutError("query timed out")
        return f"{self.name}:{q.upper()}"
def drive(*coros):
    results, pending = {}, dict(enumerate(coros))
    while pending:
        for i in list(pending):
            try:
                pending[i].send(None)
            except StopIteration as s:
                results[i] = s.value
                del pending[i]
            except Exception as e:
                results[i] = f"{type(e).__name__}: {e}"
                del pending[i]
    return [results[i] for i in sorted(results)]
lock = Lock()
async def job(name, queries, fail=False):
    async with lock:
        log.append(f"{name} has lock")
        out = []
        async with Connection(name, fail) as conn:
            for q in queries:
                out.append(await conn.query(q))
        return out
print(drive(job("a", ["x", "y"]), job("b", ["slow", "z"]), job("c", ["q"], fail=True), job("d", ["w"])))
print(log)
print(lock.locked, lock.waiting > 0)
async def wrong():
    async with 42:
        pass
print(drive(wrong()))
async def sync_cm_in_async():
    class Sync:
        def __enter__(self): return self
        def __exit__(self, *a): return False
    async with Sync():
        pass
print(drive(sync_cm_in_async()))
