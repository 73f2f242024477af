# send(): priming rules, values of yield expressions, and sends after exhaustion.
def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received
g = echo()
try:
    g.send("too early")
except TypeError as e:
    print(type(e).__name__, e)
print(g.send(None))
print(g.send("a"), g.send("b"), next(g, "stop"))
g = echo()
print(next(g), g.send(1), g.send(2))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)
try:
    g.send(5)
except StopIteration as e:
    print("exhausted send:", repr(e))
try:
    next(g)
except StopIteration as e:
    print("exhausted next:", repr(e))
def expressions():
    a = (yield 1) + 10
    b = [(yield 2), (yield 3)]
    c = yield
    print("  inside:", a, b, c)
    yield (yield 4) * 2
g = expressions()
print(next(g), g.send(5), g.send("x"), g.send("y"), g.send("c"), g.send(21))
def yield_in_args():
    print("  args:", (yield "first"), (yield "second"))
    yield "done"
g = yield_in_args()
print(g.send(None), g.send("A"), g.send("B"))
def lambda_gen():
    f = lambda: (yield 5)
    return f
lg = lambda_gen()()
print(type(lg).__name__, next(lg))
def send_to_started_none():
    yield 1
    yield 2
g = send_to_started_none()
next(g)
print(g.send(None), next(g, "end"))
g = send_to_started_none()
try:
    g.send(0)
except TypeError as e:
    print("even 0:", e)
