# Exceptions propagating through await chains, with chaining and sys.exception() per coroutine.
import sys
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Pause:
    def __await__(self):
        yield
async def fail(msg):
    await Pause()
    raise ValueError(msg)
async def middle():
    try:
        await fail("deep")
    except ValueError as e:
        raise RuntimeError("wrapped") from e
async def top():
    try:
        await middle()
    except RuntimeError as e:
        return repr(e), repr(e.__cause__)
print(run(top()))
async def handler_across_await():
    try:
        raise KeyError("pending")
    except KeyError:
        await Pause()
        return repr(sys.exception())
c = handler_across_await()
c.send(None)
print("caller sees:", sys.exception())
try:
    c.send(None)
except StopIteration as e:
    print("coroutine saw:", e.value)
async def finally_runs():
    try:
        await fail("x")
    finally:
        print("  finally in coroutine")
try:
    run(finally_runs())
except ValueError as e:
    print("propagated", repr(e))
async def tb_names():
    try:
        await middle()
    except RuntimeError as e:
        names = []
        tb = e.__cause__.__traceback__
        while tb:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        return names
print(run(tb_names()))
async def group():
    errors = []
    for m in ["a", "b"]:
        try:
            await fail(m)
        except ValueError as e:
            errors.append(e)
    raise ExceptionGroup("several", errors)
async def star():
    result = None
    try:
        await group()
    except* ValueError as eg:
        result = [str(e) for e in eg.exceptions]
    return result
print(run(star()))
