# A Future with callbacks and set_result/set_exception, awaited by coroutines on a manual loop.
class InvalidState(Exception):
    pass
class Future:
    _PENDING, _DONE = "pending", "done"
    def __init__(self, label):
        self.label, self.state, self._result, self._exc, self.callbacks = label, self._PENDING, None, None, []
    def add_done_callback(self, fn):
        if self.state == self._DONE:
            fn(self)
        else:
            self.callbacks.append(fn)
    def set_result(self, value):
        if self.state == self._DONE:
            raise InvalidState(f"{self.label} already done")
        self._result, self.state = value, self._DONE
        for cb in self.callbacks:
            cb(self)
    def set_exception(self, exc):
        if self.state == self._DONE:
            raise InvalidState(f"{self.label} already done")
        self._exc, self.state = exc, self._DONE
        for cb in self.callbacks:
            cb(self)
    def result(self):
        if self.state != self._DONE:
            raise InvalidState(f"{self.label} not ready")
        if self._exc:
            raise self._exc
        return self._result
    def __await__(self):
        if self.state != self._DONE:
            yield self
        return self.result()
class Runner:
    def __init__(self):
        self.log = []
    def start(self, coro):
        self.step(coro, None)
    def step(self, coro, fut):
        try:
            nxt = coro.send(None) if fut is None else coro.send(None)
        except StopIteration as s:
            self.log.append(f"coroutine returned {s.value!r}")
            return
        except Exception as e:
            self.log.append(f"coroutine raised {type(e).__name__}: {e}")
            return
        nxt.add_done_callback(lambda f: self.step(coro, f))
r = Runner()
f1, f2 = Future("f1"), Future("f2")
async def uses_two():
    a = await f1
    r.log.append(f"got a={a}")
    try:
        b = await f2
    except ZeroDivisionError as e:
        b = f"handled {e}"
    return (a, b)
r.start(uses_two())
print(r.log)
try:
    f1.result()
except InvalidState as e:
    print(type(e).__name__, e)
f1.set_result(10)
print(r.log)
f2.set_exception(ZeroDivisionError("div by zero in f2"))
print(r.log)
for action in (lambda: f1.set_result(1), lambda: f2.set_exception(ValueError())):
    try:
        action()
    except InvalidState as e:
        print(type(e).__name__, e)
f1.add_done_callback(lambda f: print("late callback sees", f.result()))
async def immediate():
    return await f1 * 2
r.start(immediate())
print(r.log[-1])
