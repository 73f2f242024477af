# __enter__/__exit__: return values, exception suppression, exit args, nested managers.
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress
with CM("a") as v:
    print("body", v)
with CM("b", suppress=True):
    raise ValueError("swallowed")
print("after b")
try:
    with CM("c"):
        raise KeyError("kept")
except KeyError as e:
    print("caught", type(e).__name__, e)
with CM("outer") as o, CM("inner", True) as i:
    print("both", o, i)
    1 / 0
print("after nested")
def f():
    with CM("ret"):
        return "returned value"
print(f())
for n in range(3):
    with CM(f"loop{n}"):
        if n == 1:
            continue
        if n == 2:
            break
        print("loop body", n)
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return "yes"
with Truthy():
    raise RuntimeError("suppressed by truthy str")
print("truthy suppression ok")
class NoEnter:
    def __exit__(self, *a): pass
class NoExit:
    def __enter__(self): return self
for obj in (NoEnter(), NoExit(), 5):
    try:
        with obj:
            print("unreachable")
    except TypeError as e:
        print(type(e).__name__, e)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError("from exit")
try:
    with ExitRaises():
        raise ValueError("original")
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__context__).__name__, e.__context__)
