# throw() and close() on suspended coroutines, including handlers that swallow or ignore them.
class Pause:
    def __await__(self):
        return (yield "paused")
async def robust():
    while True:
        try:
            await Pause()
        except ValueError as e:
            print("  handled", repr(e))
async def fragile():
    try:
        await Pause()
    finally:
        print("  fragile cleanup")
c = robust()
c.send(None)
print(c.throw(ValueError("one")))
print(c.throw(ValueError))
try:
    c.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", repr(e))
c = fragile()
c.send(None)
print(c.close())
print(c.cr_frame)
async def ignores_exit():
    try:
        await Pause()
    except GeneratorExit:
        await Pause()
c = ignores_exit()
c.send(None)
try:
    c.close()
except RuntimeError as e:
    print(type(e).__name__, e)
async def returns_on_exit():
    try:
        await Pause()
    except GeneratorExit:
        return "ignored value"
c = returns_on_exit()
c.send(None)
print("close ->", c.close())
c = fragile()
c.close()
print("closed before start, cleanup did not run")
async def inner():
    try:
        await Pause()
    except ZeroDivisionError:
        return "inner recovered"
async def outer():
    r = await inner()
    return f"outer got {r}"
c = outer()
c.send(None)
try:
    c.throw(ZeroDivisionError)
except StopIteration as e:
    print(e.value)
c = outer()
try:
    c.throw(RuntimeError("unstarted"))
except RuntimeError as e:
    print("throw into unstarted:", e)
async def raises_stop():
    raise StopIteration("bad")
try:
    raises_stop().send(None)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
