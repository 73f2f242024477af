# __aexit__ sees the exception triple; exceptions raised in __aexit__ chain onto the body's exception.
class Tick:
    def __await__(self):
        yield
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class Transaction:
    def __init__(self, name):
        self.name = name
        self.log = []
    async def __aenter__(self):
        await Tick()
        self.log.append("begin")
        return self
    async def __aexit__(self, exc_type, exc, tb):
        await Tick()
        if exc_type is None:
            self.log.append("commit")
            return False
        self.log.append(f"rollback on {exc_type.__name__}: {exc}")
        print("  tb is traceback:", type(tb).__name__, tb.tb_frame.f_code.co_name)
        if isinstance(exc, LookupError):
            return True
        if isinstance(exc, ArithmeticError):
            raise RuntimeError(f"{self.name} aborted")
        return None
async def ok(tx):
    async with tx as t:
        t.log.append("work")
    return tx.log
async def lookup_fail(tx):
    async with tx:
        {}["missing"]
    return tx.log
async def math_fail(tx):
    async with tx:
        1 / 0
async def type_fail(tx):
    async with tx:
        len(5)
print(run(ok(Transaction("t1"))))
print(run(lookup_fail(Transaction("t2"))))
tx = Transaction("t3")
try:
    run(math_fail(tx))
except RuntimeError as e:
    print(type(e).__name__, e, "| context:", type(e.__context__).__name__, e.__context__, e.__suppress_context__)
print(tx.log)
tx = Transaction("t4")
try:
    run(type_fail(tx))
except TypeError as e:
    print(type(e).__name__, e)
print(tx.log)
class Flaky:
    async def __aenter__(self):
        raise ConnectionError("cannot connect")
    async def __aexit__(self, *a):
        print("never called")
async def use_flaky():
    try:
        async with Flaky():
            print("never runs")
    except ConnectionError as e:
        return f"enter failed: {e}"
print(run(use_flaky()))
