# with looks up __enter__/__exit__ on the type, not the instance; enter failure skips exit.
class CM:
    def __enter__(self):
        return "class enter"
    def __exit__(self, *a):
        print("class exit")
c = CM()
c.__enter__ = lambda: "instance enter"
c.__exit__ = lambda *a: print("instance exit")
with c as v:
    print(v)
class EnterFails:
    def __enter__(self):
        raise ValueError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with EnterFails():
        print("body should not run")
except ValueError as e:
    print(type(e).__name__, e)
class Order:
    def __init__(self, n): self.n = n
    def __enter__(self):
        print("enter", self.n)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.n, et.__name__ if et else None)
        return False
try:
    with Order(1), Order(2), Order(3):
        raise IndexError("x")
except IndexError:
    print("propagated")
class Reuse:
    def __init__(self): self.depth = 0
    def __enter__(self):
        self.depth += 1
        return self.depth
    def __exit__(self, *a):
        self.depth -= 1
r = Reuse()
with r as d1:
    with r as d2:
        print(d1, d2, r.depth)
print(r.depth)
class Gen:
    def __enter__(self):
        return iter([1, 2])
    def __exit__(self, *a):
        return None
with Gen() as (a, b):
    print(a, b)
class ExitArgs:
    def __enter__(self): return self
    def __exit__(self, *args):
        print(len(args), [type(a).__name__ for a in args])
        return True
with ExitArgs():
    pass
with ExitArgs():
    raise TypeError("t")
