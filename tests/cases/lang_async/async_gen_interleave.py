# An async generator that awaits between yields: loop-level suspensions versus produced items.
class Tick:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        yield ("tick", self.label)
async def ticker(n):
    for i in range(n):
        await Tick(f"before {i}")
        yield f"item {i}"
        await Tick(f"after {i}")
async def consumer():
    items = []
    async for item in ticker(2):
        items.append(item)
    return items
c = consumer()
events = []
try:
    while True:
        events.append(c.send(None))
except StopIteration as e:
    print("items:", e.value)
for ev in events:
    print("loop saw:", ev)
async def zip_two():
    a, b = ticker(2), ticker(3)
    out = []
    while True:
        try:
            x = await anext(a)
            y = await anext(b)
        except StopAsyncIteration:
            break
        out.append((x, y))
    await b.aclose()
    return out
c = zip_two()
n = 0
try:
    while True:
        c.send(None)
        n += 1
except StopIteration as e:
    print(e.value, "suspensions:", n)
async def yields_awaited_value():
    v = await Tick("compute")
    yield v
async def get_it():
    return [v async for v in yields_awaited_value()]
c = get_it()
print(c.send(None))
try:
    c.send("sent into the await")
except StopIteration as e:
    print(e.value)
