# An exception escaping a hand-written event loop: the coroutine's error reaches the top level.
from collections import deque
class Yield:
    def __await__(self):
        yield
class PaymentDeclined(Exception):
    def __init__(self, order, amount):
        super().__init__(f"order {order}: card declined for {amount:.2f}")
async def charge(order, amount):
    await Yield()
    if amount > 100:
        raise PaymentDeclined(order, amount)
    return f"charged {order}"
def run(coros):
    q = deque(coros)
    while q:
        c = q.popleft()
        try:
            c.send(None)
        except StopIteration as s:
            print(s.value)
            continue
        q.append(c)
run([charge("A1", 20.0), charge("A2", 99.99), charge("A3", 150.5), charge("A4", 5)])
print("unreachable")
