# Errors when awaiting objects that are not awaitable or have a broken __await__.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def await_it(obj):
    return await obj
class NoAwait:
    pass
class ReturnsInt:
    def __await__(self):
        return 5
made = []
class ReturnsCoroutine:
    def __await__(self):
        made.append(await_it(None))
        return made[-1]
class ReturnsList:
    def __await__(self):
        return [1, 2]
class ReturnsIterator:
    def __await__(self):
        return iter([])
class GenAwait:
    def __await__(self):
        return (yield from ())
class Raises:
    def __await__(self):
        raise KeyError("from __await__")
def plain_gen():
    yield 1
for obj in [5, None, "str", NoAwait(), ReturnsInt(), ReturnsList(), ReturnsIterator(), GenAwait(), Raises(),
            plain_gen(), [1]]:
    try:
        print(type(obj).__name__, "->", repr(run(await_it(obj))))
    except Exception as e:
        print(type(obj).__name__, "->", type(e).__name__, e)
try:
    run(await_it(ReturnsCoroutine()))
except TypeError as e:
    print("coroutine from __await__ ->", type(e).__name__, e)
for m in made:
    m.close()
class AwaitAttr:
    __await__ = None
try:
    run(await_it(AwaitAttr()))
except TypeError as e:
    print("__await__ = None ->", type(e).__name__, e)
class InstanceAwait:
    pass
ia = InstanceAwait()
ia.__await__ = lambda: iter([])
try:
    run(await_it(ia))
except TypeError as e:
    print("instance __await__ ->", type(e).__name__, e)
