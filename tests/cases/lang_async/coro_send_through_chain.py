# Values sent into the outermost coroutine reach the innermost yield through every await.
class Ask:
    def __init__(self, q):
        self.q = q
    def __await__(self):
        answer = yield self.q
        return answer
async def level3():
    a = await Ask("L3 first?")
    b = await Ask("L3 second?")
    return f"[{a}+{b}]"
async def level2():
    x = await level3()
    y = await Ask("L2?")
    return f"({x},{y})"
async def level1():
    r = await level2()
    return "result " + r
c = level1()
q = c.send(None)
n = 0
while True:
    print("asked:", q)
    n += 1
    try:
        q = c.send(f"ans{n}")
    except StopIteration as e:
        print(e.value)
        break
c = level1()
print(c.send(None))
print("cr_await chain:", type(c.cr_await).__name__, c.cr_await.cr_code.co_name,
      c.cr_await.cr_await.cr_code.co_name, type(c.cr_await.cr_await.cr_await).__name__)
c.close()
print("closed; inner frames gone:", c.cr_frame)
async def catcher():
    try:
        return await level3()
    except KeyError as e:
        return f"caught {e!r} thrown into the innermost await"
c = catcher()
c.send(None)
try:
    c.throw(KeyError("k"))
except StopIteration as e:
    print(e.value)
