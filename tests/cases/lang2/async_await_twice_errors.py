# Misusing coroutines: awaiting twice, never-started close, sending non-None first, reentrant send.
class Step:
    def __await__(self):
        yield "step"
async def compute(x):
    await Step()
    return x * 2
def finish(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as s:
        return s.value
c = compute(21)
print(finish(c))
try:
    finish(c)
except RuntimeError as e:
    print(type(e).__name__, e)
async def awaits_same(coro):
    a = await coro
    b = await coro
    return a, b
try:
    finish(awaits_same(compute(1)))
except RuntimeError as e:
    print(type(e).__name__, e)
c2 = compute(5)
try:
    c2.send("hello")
except TypeError as e:
    print(type(e).__name__, e)
print(finish(c2))
c3 = compute(3)
c3.close()
try:
    c3.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
holder = {}
async def reenter():
    try:
        holder["self"].send(None)
    except ValueError as e:
        return f"{type(e).__name__}: {e}"
holder["self"] = r = reenter()
print(finish(r))
async def returns_coroutine():
    return compute(4)
inner = finish(returns_coroutine())
print(type(inner).__name__, finish(inner))
c4 = compute(7)
c4.send(None)
try:
    c4.throw(ValueError("injected"))
except ValueError as e:
    print("throw propagated:", e, c4.cr_frame is None)
w = compute(9).__await__()
print(type(w).__name__, next(w))
try:
    w.send(None)
except StopIteration as s:
    print("wrapper result", s.value)
w.close()
