# A hand-rolled TaskGroup: failures cancel siblings via throw() and surface as an ExceptionGroup.
class Cancelled(BaseException):
    pass
class Tick:
    def __await__(self):
        yield
class TaskGroup:
    def __init__(self):
        self.coros, self.results, self.errors, self.log = {}, {}, [], []
    def spawn(self, name, coro):
        self.coros[name] = coro
    def run(self):
        pending = dict(self.coros)
        while pending:
            for name in list(pending):
                coro = pending[name]
                try:
                    coro.send(None)
                except StopIteration as s:
                    self.results[name] = s.value
                    del pending[name]
                except Exception as e:
                    self.errors.append(e)
                    del pending[name]
                    self.cancel_all(pending)
                    pending.clear()
                    break
        if self.errors:
            raise ExceptionGroup("task group failed", self.errors)
        return self.results
    def cancel_all(self, pending):
        for name, coro in pending.items():
            try:
                coro.throw(Cancelled())
            except Cancelled:
                self.log.append(f"{name} cancelled")
            except StopIteration as s:
                self.log.append(f"{name} finished during cancel: {s.value}")
            except Exception as e:
                self.errors.append(e)
async def work(name, n, fail=None):
    try:
        for i in range(n):
            await Tick()
            if i == fail:
                raise fail_types[name](f"{name} failed at step {i}")
        return f"{name}:{n}"
    except Cancelled:
        if name == "stubborn":
            raise OSError(f"{name} cleanup failed")
        raise
fail_types = {"b": ValueError, "c": KeyError}
tg = TaskGroup()
for name, n in [("a", 2), ("b", 5), ("c", 6), ("d", 1)]:
    tg.spawn(name, work(name, n))
print(tg.run())
tg = TaskGroup()
tg.spawn("a", work("a", 5))
tg.spawn("b", work("b", 5, fail=2))
tg.spawn("stubborn", work("stubborn", 9))
tg.spawn("q", work("q", 1))
try:
    tg.run()
except* ValueError as eg:
    print("value errors:", [str(e) for e in eg.exceptions])
except* OSError as eg:
    print("os errors:", [str(e) for e in eg.exceptions])
print(tg.results, tg.log)
