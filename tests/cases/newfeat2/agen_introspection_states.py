# Async generator introspection: ag_running, ag_frame, ag_await, ag_suspended across its lifetime.
import types
class Gate:
    def __await__(self):
        yield "gate"
def state(g):
    return (g.ag_running, g.ag_frame is not None,
            None if g.ag_await is None else type(g.ag_await).__name__)
async def stream():
    print("  running inside:", state(holder[0]))
    await Gate()
    yield 1
    await Gate()
    yield 2
holder = []
g = stream()
holder.append(g)
print("fresh:", state(g), g.ag_frame.f_code.co_name)
step = g.__anext__()
print("awaitable type:", type(step).__name__)
print("first send:", step.send(None))
print("in await:", state(g))
try:
    step.send(None)
except StopIteration as e:
    print("yielded:", e.value, state(g))
print("locals:", g.ag_frame.f_locals)
step2 = g.asend(None)
print(step2.send(None), state(g))
try:
    step2.send(None)
except StopIteration as e:
    print("yielded:", e.value)
try:
    g.__anext__().send(None)
except StopAsyncIteration:
    print("finished:", state(g))
print(g.__name__, g.__qualname__, g.ag_code.co_name, g.ag_code is stream.__code__)
print(isinstance(g, types.AsyncGeneratorType), type(g).__name__)
g2 = stream()
s1 = g2.__anext__()
s1.send(None)
s2 = g2.__anext__()
try:
    s2.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    s1.send(None)
except StopIteration as e:
    print("s1 finished with", e.value)
s2.close()
def run(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value
print(run(g2.aclose()), state(g2))
g3 = stream()
try:
    g3.asend("x").send(None)
except TypeError as e:
    print(type(e).__name__, e)
