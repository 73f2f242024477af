# athrow() into async generators: recovered, propagated, on unstarted and exhausted generators.
class Tick:
    def __await__(self):
        yield "tick"
def run(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as e:
        return e.value
async def retrying():
    attempt = 0
    while attempt < 3:
        try:
            await Tick()
            yield f"attempt {attempt}"
        except ConnectionError as e:
            print("  recovered from", e)
            yield f"recovered {attempt}"
        attempt += 1
g = retrying()
print(run(g.__anext__()))
print(run(g.athrow(ConnectionError("reset"))))
print(run(g.__anext__()))
print(run(g.__anext__()))
try:
    run(g.__anext__())
except StopAsyncIteration:
    print("done")
try:
    run(g.athrow(ValueError("late")))
except ValueError as e:
    print("athrow on exhausted:", type(e).__name__, e)
g = retrying()
try:
    run(g.athrow(KeyError("k")))
except KeyError as e:
    print("athrow before start:", repr(e), g.ag_frame is None)
async def propagates():
    try:
        yield 1
    except ZeroDivisionError:
        raise LookupError("wrapped")
g = propagates()
run(g.__anext__())
try:
    run(g.athrow(ZeroDivisionError("zero")))
except LookupError as e:
    print("converted:", e, "context:", type(e.__context__).__name__)
async def stop_inside():
    try:
        yield 1
    except ValueError:
        return
g = stop_inside()
run(g.__anext__())
try:
    run(g.athrow(ValueError))
except StopAsyncIteration as e:
    print("returned after athrow:", type(e).__name__)
async def raises_stop():
    yield 1
    raise StopAsyncIteration("manual")
g = raises_stop()
run(g.__anext__())
try:
    run(g.__anext__())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
g = retrying()
run(g.__anext__())
try:
    run(g.athrow(TypeError))
except TypeError as e:
    print("athrow with class:", repr(e), g.ag_frame)
