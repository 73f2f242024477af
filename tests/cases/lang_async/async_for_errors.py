# Error messages for objects that do not implement the async iteration protocol.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def loop_over(obj):
    async for x in obj:
        return x
class NoAnext:
    def __aiter__(self):
        return 5
class AnextNotAwaitable:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 7
class SyncIterable:
    def __iter__(self):
        return iter([1])
class AiterNotMethod:
    __aiter__ = 5
for obj in [5, [1, 2], SyncIterable(), NoAnext(), AnextNotAwaitable(), AiterNotMethod(), None]:
    try:
        print(type(obj).__name__, "->", run(loop_over(obj)))
    except TypeError as e:
        print(type(obj).__name__, "->", type(e).__name__, e)
async def comp(obj):
    return [x async for x in obj]
try:
    run(comp(3))
except TypeError as e:
    print("comprehension ->", e)
try:
    aiter(5)
except TypeError as e:
    print("aiter() ->", e)
try:
    anext(5)
except TypeError as e:
    print("anext() ->", e)
