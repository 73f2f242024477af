# An error inside an async generator propagates through async for and the driver to the top level.
class Tick:
    def __await__(self):
        yield
async def readings(values):
    for i, v in enumerate(values):
        await Tick()
        if v is None:
            raise ValueError(f"sensor returned no data at sample {i}")
        yield v
async def average(values):
    total = n = 0
    async for v in readings(values):
        total += v
        n += 1
    return total / n
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as s:
        return s.value
print(run(average([1, 2, 3, 6])))
print(run(average([10, None, 3])))
