# __call__ on instances; callable(); calling the class vs instance; __call__ set on instance ignored.
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *rest, scale=1, **kw):
        return (self.n + x + sum(rest)) * scale, sorted(kw)
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), add5(0, z=1, a=2))
print(callable(add5), callable(Adder), callable(Adder.__call__), callable(5))
class NotCallable: pass
nc = NotCallable()
nc.__call__ = lambda: "instance attr"
print(callable(nc))
try:
    nc()
except TypeError as e:
    print(type(e).__name__, e)
NotCallable.__call__ = lambda self: "class attr now"
print(nc(), callable(nc))
try:
    Adder(1)()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Adder(1)(1, scale=1, n=2, x=3)
except TypeError as e:
    print(type(e).__name__, e)
class Chain:
    def __call__(self):
        return self
c = Chain()
print(c()()() is c)
class CallViaDescr:
    class _D:
        def __get__(self, obj, typ):
            return lambda *a: ("descr call", len(a))
    __call__ = _D()
print(CallViaDescr()(1, 2))
class Nested:
    def __init__(self):
        self.inner = Adder(100)
print(Nested().inner(1))
print(list(map(Adder(1), [1, 2])), sorted([3, 1, 2], key=Adder(0)))
for bad in (1, "s", [1], None):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
