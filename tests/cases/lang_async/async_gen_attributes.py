# Async generator attributes: ag_running, ag_frame, ag_await, ag_code, names and type checks.
import types
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Tick:
    def __await__(self):
        yield "tick"
async def agen():
    await Tick()
    yield 1
g = agen()
print(type(g).__name__, g.__name__, g.__qualname__, g.ag_code.co_name)
print(g.ag_running, g.ag_frame is not None, g.ag_await)
step = g.__anext__()
print(step.send(None))
print("suspended in await:", type(g.ag_await).__name__, g.ag_running)
try:
    step.send(None)
except StopIteration as e:
    print("yielded", e.value)
print(isinstance(g, types.AsyncGeneratorType), isinstance(agen, types.FunctionType))
print(agen.__code__.co_flags & 0x200 != 0)
class C:
    async def method_gen(self):
        yield
print(C().method_gen().__qualname__)
run(g.aclose())
print("after aclose:", g.ag_frame)
async def uses_both():
    v = await Tick()
    yield v
print(type(uses_both()).__name__)
async def plain():
    return 1
pc = plain()
print(isinstance(pc, types.CoroutineType), type(pc).__name__)
pc.close()
print(hasattr(g, "__aiter__"), hasattr(g, "__anext__"), hasattr(g, "__iter__"), hasattr(g, "__next__"))
try:
    iter(agen())
except TypeError as e:
    print(type(e).__name__, e)
