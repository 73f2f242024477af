# coroutine.__await__() returns an iterator wrapper that forwards send/throw/close.
class Pause:
    def __await__(self):
        got = yield "paused"
        return got
async def coro():
    try:
        v = await Pause()
        return f"got {v}"
    except ValueError as e:
        return f"handled {e}"
w = coro().__await__()
print(type(w).__name__, iter(w) is w)
print(next(w))
try:
    w.send("sent")
except StopIteration as e:
    print(e.value)
w = coro().__await__()
next(w)
try:
    w.throw(ValueError("thrown"))
except StopIteration as e:
    print(e.value)
w = coro().__await__()
next(w)
print(w.close())
try:
    next(w)
except RuntimeError as e:
    print(type(e).__name__, e)
def legacy_driver():
    result = yield from coro().__await__()
    return result
g = legacy_driver()
print(next(g))
try:
    g.send("via yield from")
except StopIteration as e:
    print(e.value)
c = coro()
w1 = c.__await__()
w2 = c.__await__()
print(next(w1))
try:
    next(w2)
except StopIteration as e:
    print("second wrapper resumed the same coroutine:", e.value)
try:
    w1.send("one")
except (StopIteration, RuntimeError) as e:
    print(type(e).__name__, e)
