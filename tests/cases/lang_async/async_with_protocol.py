# async with: __aenter__/__aexit__ order, suppression, exceptions and returns.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Tick:
    def __await__(self):
        yield
class ACM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    async def __aenter__(self):
        await Tick()
        print(f"  aenter {self.name}")
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        await Tick()
        print(f"  aexit {self.name}", et.__name__ if et else None, repr(ev))
        return self.suppress
async def main():
    async with ACM("a") as a, ACM("b") as b:
        print("  body", a, b)
    async with ACM("s", suppress=True):
        raise ValueError("swallowed")
    try:
        async with ACM("p"):
            raise KeyError("escapes")
    except KeyError as e:
        print("  caught", repr(e))
    for i in range(3):
        async with ACM(f"loop{i}"):
            if i == 1:
                break
    async with (ACM("x") as x,
                ACM("y")):
        pass
    return "main done"
print(run(main()))
async def returns_inside():
    async with ACM("r"):
        return "returned from inside"
print(run(returns_inside()))
class SyncAexit:
    async def __aenter__(self):
        return self
    def __aexit__(self, *a):
        return Tick()
async def sync_exit():
    async with SyncAexit():
        print("  plain __aexit__ returning an awaitable works")
    return "ok"
print(run(sync_exit()))
class ExitRaises:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *a):
        raise RuntimeError("aexit failed")
async def exit_raises():
    try:
        async with ExitRaises():
            raise ValueError("body")
    except RuntimeError as e:
        return repr(e), repr(e.__context__)
print(run(exit_raises()))
