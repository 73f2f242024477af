# athrow() and aclose() on async generators, including generators that misbehave.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def resilient():
    i = 0
    while True:
        try:
            yield i
        except ValueError as e:
            print("  caught", repr(e))
            i += 100
        finally:
            pass
        i += 1
async def main():
    g = resilient()
    print(await anext(g))
    print(await g.athrow(ValueError("v")))
    print(await anext(g))
    try:
        await g.athrow(KeyError("k"))
    except KeyError as e:
        print("propagated", repr(e))
    try:
        await anext(g)
    except StopAsyncIteration:
        print("dead after propagation")
    return "main done"
print(run(main()))
async def cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("  cleanup ran")
async def close_it():
    g = cleanup()
    await anext(g)
    r = await g.aclose()
    print("aclose result:", r)
    try:
        await anext(g)
    except StopAsyncIteration:
        print("closed generator is exhausted")
    await g.aclose()
    print("second aclose fine")
run(close_it())
async def ignores():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
async def bad_close():
    g = ignores()
    await anext(g)
    try:
        await g.aclose()
    except RuntimeError as e:
        print(type(e).__name__, e)
run(bad_close())
async def unstarted():
    g = cleanup()
    await g.aclose()
    print("aclose on unstarted: no cleanup")
    try:
        await g.athrow(ValueError("x"))
    except ValueError as e:
        print("athrow on closed:", repr(e))
    except StopAsyncIteration:
        print("athrow on closed: StopAsyncIteration")
run(unstarted())
async def stop_inside():
    yield 1
    raise StopAsyncIteration("leaked")
async def leak():
    g = stop_inside()
    await anext(g)
    try:
        await anext(g)
    except RuntimeError as e:
        print(type(e).__name__, e)
run(leak())
async def stopiter_inside():
    yield 1
    raise StopIteration("sync leak")
async def leak2():
    g = stopiter_inside()
    await anext(g)
    try:
        await anext(g)
    except RuntimeError as e:
        print(type(e).__name__, e)
run(leak2())
