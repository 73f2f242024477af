# Coroutine introspection while running, suspended and finished: cr_frame, cr_await, cr_running, cr_suspended.
import types
class Gate:
    def __init__(self, name):
        self.name = name
    def __await__(self):
        got = yield self.name
        return got
def state(c):
    return (c.cr_running, c.cr_suspended, c.cr_frame is not None,
            None if c.cr_await is None else type(c.cr_await).__name__)
async def leaf():
    v = await Gate("leaf-gate")
    return v * 2
async def middle():
    me = holder["middle"]
    print("  inside middle:", state(me), me.cr_frame.f_code.co_name)
    r = await leaf()
    return r + 1
holder = {}
m = middle()
holder["middle"] = m
print("created:", state(m), m.cr_frame.f_lineno == middle.__code__.co_firstlineno)
print("yielded:", m.send(None))
print("suspended:", state(m))
inner = m.cr_await
print("inner:", inner.__name__, state(inner), type(inner.cr_await).__name__)
print("locals:", sorted(k for k in m.cr_frame.f_locals))
try:
    m.send(10)
except StopIteration as e:
    print("result:", e.value, state(m))
c = leaf()
print(c.cr_code is leaf.__code__, c.cr_code.co_name, c.__name__, c.__qualname__)
c.close()
print("closed:", state(c))
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
c = leaf()
c.send(None)
try:
    c.throw(ValueError("boom"))
except ValueError as e:
    print("throw:", e, state(c))
c = leaf()
print(c.cr_origin)
c.close()
print(type(m) is types.CoroutineType, isinstance(m, types.CoroutineType))
w = leaf().__await__()
print(type(w).__name__, hasattr(w, "send"), hasattr(w, "__next__"))
print(next(w))
w.close()
