# send() into generators and generator state.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    yield f"final {total}"
acc = accumulator()
print(next(acc))
print(acc.send(10))
print(acc.send(5))
print(acc.send(-3))
print(acc.send(None))
try:
    next(acc)
except StopIteration:
    print("stopped")
def echo():
    received = []
    while len(received) < 3:
        x = yield len(received)
        received.append(x)
    return received
g = echo()
print(next(g), g.send("a"), g.send("b"))
try:
    g.send("c")
except StopIteration as e:
    print("returned", e.value)
