# Error messages for async with on objects lacking or misusing the protocol.
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
async def use(obj):
    async with obj as v:
        return v
class SyncCM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        pass
class NoAexit:
    async def __aenter__(self):
        return 1
class AenterNotAwaitable:
    def __aenter__(self):
        return 1
    async def __aexit__(self, *a):
        pass
class AexitNotAwaitable:
    async def __aenter__(self):
        return "entered"
    def __aexit__(self, *a):
        return None
for obj in [5, SyncCM(), NoAexit(), AenterNotAwaitable(), AexitNotAwaitable()]:
    try:
        print(type(obj).__name__, "->", run(use(obj)))
    except TypeError as e:
        print(type(obj).__name__, "->", type(e).__name__, e)
class ACM:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *a):
        pass
def sync_use():
    with ACM():
        pass
try:
    sync_use()
except TypeError as e:
    print("sync with on async CM ->", e)
