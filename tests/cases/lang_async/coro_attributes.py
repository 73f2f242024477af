# Coroutine object attributes: cr_running, cr_await, cr_frame, cr_code, cr_suspended, names.
class Pause:
    def __await__(self):
        yield "paused"
async def inner():
    await Pause()
    return 1
async def outer():
    print("  cr_running inside:", me.cr_running)
    return await inner()
me = outer()
print(type(me).__name__, me.__name__, me.__qualname__, me.cr_code.co_name)
print("fresh:", me.cr_running, me.cr_await, me.cr_frame is not None, me.cr_suspended)
print(me.send(None))
print("suspended:", me.cr_running, type(me.cr_await).__name__, me.cr_await.__name__, me.cr_suspended)
print("inner awaits:", type(me.cr_await.cr_await).__name__)
try:
    me.send(None)
except StopIteration as e:
    print("done:", e.value, me.cr_await, me.cr_frame, me.cr_suspended)
class K:
    async def method(self):
        return "m"
    @staticmethod
    async def static():
        return "s"
c1, c2 = K().method(), K.static()
print(c1.__qualname__, c2.__qualname__)
c1.close(); c2.close()
def factory():
    async def local():
        pass
    return local()
c3 = factory()
print(c3.__qualname__)
c3.close()
print(outer.__code__.co_flags & 0x80 != 0, inner.__code__.co_flags & 0x20 != 0)
c4 = outer()
c4.__name__ = "renamed"
print(c4.__name__, c4.cr_code.co_name)
c4.close()
print("closed:", c4.cr_frame, c4.cr_suspended)
c5 = inner()
print(c5.cr_frame.f_code.co_name, c5.cr_frame.f_lineno)
c5.close()
