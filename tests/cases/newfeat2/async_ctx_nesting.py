# Nested async context managers: order of enter/exit, suppression, replacement, and multiple targets.
class Tick:
    def __await__(self):
        yield
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
events = []
class Res:
    def __init__(self, name, suppress=(), replace=None):
        self.name, self.suppress, self.replace = name, suppress, replace
    async def __aenter__(self):
        await Tick()
        events.append(f"enter {self.name}")
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        await Tick()
        events.append(f"exit {self.name} {et.__name__ if et else None}")
        if self.replace and et is not None:
            raise self.replace
        return et is not None and issubclass(et, self.suppress)
async def main():
    async with Res("a") as a, Res("b") as b:
        events.append(f"body {a}{b}")
    async with Res("outer", suppress=(KeyError,)):
        async with Res("inner"):
            raise KeyError("lost")
        events.append("not reached")
    events.append("after suppression")
    try:
        async with Res("x", replace=ValueError("replaced")):
            1 / 0
    except ValueError as e:
        events.append(f"caught {e!r} ctx={type(e.__context__).__name__}")
    async with Res("ret") as r:
        return r
print(run(main()))
for e in events:
    print(e)
events.clear()
class NoAenter:
    async def __aexit__(self, *a):
        return False
class SyncOnly:
    def __enter__(self): return self
    def __exit__(self, *a): return False
async def bad(cm):
    async with cm:
        pass
for cm in (NoAenter(), SyncOnly(), 42):
    try:
        run(bad(cm))
    except TypeError as e:
        print(type(e).__name__, e)
class BadAwait:
    def __aenter__(self):
        return 5
    async def __aexit__(self, *a):
        return False
try:
    run(bad(BadAwait()))
except TypeError as e:
    print(type(e).__name__, e)
