# The value bound by 'as' is whatever __enter__ returns.
class Opener:
    def __init__(self, data):
        self.data = data
        self.closed = False
    def __enter__(self):
        return iter(self.data)
    def __exit__(self, exc_type, exc, tb):
        self.closed = True
op = Opener(["line1", "line2", "line3"])
with op as lines:
    for line in lines:
        print(line)
print("closed:", op.closed)
class NoneEnter:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        pass
with NoneEnter() as value:
    print("bound value:", value)
class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, exc_type, exc, tb):
        if exc_type:
            self.store.clear()
            self.store.update(self.snapshot)
            print("rolled back after", exc_type.__name__)
        return True
db = {"a": 1}
with Transaction(db) as d:
    d["b"] = 2
with Transaction(db) as d:
    d["c"] = 3
    raise RuntimeError("fail mid-way")
print(db)
