# cr_frame of suspended coroutines exposes locals and the current line.
class Pause:
    def __await__(self):
        yield
async def work(a, b):
    total = a + b
    await Pause()
    total *= 2
    extra = "x"
    await Pause()
    return total
c = work(2, 3)
f = c.cr_frame
print(sorted(f.f_locals.items()), f.f_code.co_name, f.f_code is work.__code__)
c.send(None)
print(sorted(f.f_locals.items()), f.f_lineno - work.__code__.co_firstlineno)
c.send(None)
print(sorted(f.f_locals.items()), f.f_lineno - work.__code__.co_firstlineno)
try:
    c.send(None)
except StopIteration as e:
    print("returned", e.value, c.cr_frame)
print(work.__code__.co_varnames, work.__code__.co_argcount, work.__name__)
async def outer():
    inner = work(1, 1)
    return await inner
o = outer()
o.send(None)
print("outer locals:", sorted(o.cr_frame.f_locals), type(o.cr_frame.f_locals["inner"]).__name__)
print(o.cr_frame.f_back)
o.close()
