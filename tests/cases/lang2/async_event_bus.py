# An async event bus: async handlers awaited in order, errors collected, sync handlers adapted.
class Hop:
    def __await__(self):
        yield
class Bus:
    def __init__(self):
        self.handlers = {}
    def on(self, event):
        def register(fn):
            self.handlers.setdefault(event, []).append(fn)
            return fn
        return register
    async def emit(self, event, payload):
        results, errors = [], []
        for h in self.handlers.get(event, []):
            try:
                r = h(payload)
                if hasattr(r, "__await__"):
                    r = await r
                results.append(r)
            except Exception as e:
                errors.append(f"{h.__name__}: {type(e).__name__}: {e}")
        if errors and not results:
            raise RuntimeError(f"all handlers failed for {event!r}: {errors}")
        return results, errors
bus = Bus()
@bus.on("order")
async def reserve_stock(p):
    await Hop()
    if p["qty"] > 5:
        raise ValueError(f"only 5 in stock, wanted {p['qty']}")
    return f"reserved {p['qty']}"
@bus.on("order")
def send_email(p):
    return f"email to {p['user']}"
@bus.on("order")
async def charge(p):
    await Hop()
    await Hop()
    return f"charged {p['qty'] * 3}"
@bus.on("refund")
async def refund(p):
    raise LookupError("order not found")
def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as s:
        return s.value, steps
print(run(bus.emit("order", {"qty": 2, "user": "ann"})))
print(run(bus.emit("order", {"qty": 9, "user": "bob"})))
print(run(bus.emit("unknown", {})))
try:
    run(bus.emit("refund", {}))
except RuntimeError as e:
    print(type(e).__name__, e)
c = charge({"qty": 1})
print(type(c).__name__, type(send_email({"user": "x"})).__name__, hasattr(c, "__await__"))
c.close()
