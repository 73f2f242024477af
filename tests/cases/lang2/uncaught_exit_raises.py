# An exception raised by __exit__ while the body succeeded ends the program.
class Transaction:
    def __init__(self, name, commit_ok):
        self.name, self.commit_ok = name, commit_ok
    def __enter__(self):
        print("begin", self.name)
        return self
    def __exit__(self, et, ev, tb):
        if et is None and not self.commit_ok:
            raise PermissionError(f"commit of {self.name} rejected by server")
        print("end", self.name, "ok" if et is None else et.__name__)
        return False
with Transaction("t1", True):
    print("working t1")
try:
    with Transaction("t2", True):
        raise ValueError("body failed")
except ValueError as e:
    print("caught", e)
with Transaction("t3", False):
    print("working t3")
print("unreachable")
