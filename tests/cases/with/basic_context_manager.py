# A context manager class with __enter__/__exit__.
class Tracker:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return False
with Tracker("first") as t:
    print("inside", t.name)
print("after first")
with Tracker("no-as"):
    print("inside no-as")
try:
    with Tracker("failing"):
        print("about to fail")
        raise ValueError("boom")
        print("never")
except ValueError as e:
    print("caught outside", e)
with Tracker("outer") as o, Tracker("inner") as i:
    print("both", o.name, i.name)
