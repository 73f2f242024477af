# async with inside async generators and async comprehensions: resource lifetime across yields.
log = []
class Hop:
    def __await__(self):
        yield
class Conn:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        await Hop()
        log.append(f"open {self.name}")
        return self
    async def __aexit__(self, et, ev, tb):
        await Hop()
        log.append(f"close {self.name} {et.__name__ if et else ''}".strip())
        return False
async def query(name, n, fail_at=None):
    async with Conn(name) as c:
        for i in range(n):
            await Hop()
            if i == fail_at:
                raise ValueError(f"{name} row {i} corrupt")
            yield f"{c.name}:{i}"
def run(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as s:
        return s.value
async def main():
    rows = [r async for r in query("db1", 3)]
    log.append(f"rows={rows}")
    try:
        async for r in query("db2", 5, fail_at=2):
            log.append(f"got {r}")
    except ValueError as e:
        log.append(f"error: {e}")
    gen = query("db3", 10)
    first = await anext(gen)
    log.append(f"first={first}")
    await gen.aclose()
    joined = [r for name in ["x", "y"] async for r in query(name, 1)]
    return joined
print(run(main()))
print("\n".join(log))
