# Context managers as classes: a transaction with rollback, nested resources, and reentrancy guards.
class Transaction:
    def __init__(self, store, log):
        self.store, self.log = store, log
        self.active = False
    def __enter__(self):
        if self.active:
            raise RuntimeError("transaction already active")
        self.active = True
        self.snapshot = dict(self.store)
        self.log.append("begin")
        return self
    def __exit__(self, exc_type, exc, tb):
        self.active = False
        if exc_type is None:
            self.log.append("commit")
            return False
        self.store.clear()
        self.store.update(self.snapshot)
        self.log.append(f"rollback({exc_type.__name__})")
        return issubclass(exc_type, KeyError)
store, log = {"a": 1}, []
tx = Transaction(store, log)
with tx as t:
    t.store["b"] = 2
print(store, log)
with tx:
    store["c"] = 3
    raise KeyError("missing")
print(store, log)
try:
    with tx:
        store["d"] = 4
        raise ValueError("bad value")
except ValueError as e:
    print("escaped:", e)
print(store, log)
try:
    with tx:
        with tx:
            pass
except RuntimeError as e:
    print(type(e).__name__, e)
print(log[-1])
class Resource:
    def __init__(self, name, fail_on_enter=False):
        self.name, self.fail = name, fail_on_enter
    def __enter__(self):
        if self.fail:
            raise OSError(f"cannot open {self.name}")
        print("open", self.name)
        return self.name.upper()
    def __exit__(self, *exc):
        print("close", self.name, exc[0].__name__ if exc[0] else None)
try:
    with Resource("a") as a, Resource("b") as b, Resource("c", True) as c:
        print("body", a, b)
except OSError as e:
    print(type(e).__name__, e)
with Resource("x") as x, Resource("y") as y:
    print("body", x, y)
