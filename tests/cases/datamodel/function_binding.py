# Which class attributes bind as methods: Python functions and lambdas do; builtins, callables, partials do not.
from functools import partial
class Callable:
    def __call__(self, *a):
        return ("callable obj", len(a))
def func(*a):
    return ("func", len(a))
class C:
    f = func
    lam = lambda *a: ("lambda", len(a))
    builtin = len
    obj = Callable()
    part = partial(func, "p")
    cls_ref = dict
    sm = staticmethod(func)
    cm = classmethod(func)
c = C()
print(c.f(), C.f())
print(c.lam(), C.lam())
print(c.builtin("abc"), c.obj(), c.part(), c.cls_ref(a=1))
print(c.sm(), c.cm())
print(type(c.f).__name__, type(c.builtin).__name__, type(c.obj).__name__, type(c.part).__name__)
c.g = func
print(c.g(), type(c.g).__name__)
class D:
    pass
D.method = lambda self, x: ("added later", x)
print(D().method(1))
def external(self):
    return "external bound to " + type(self).__name__
D.ext = external
print(D().ext(), D.ext(D()), D().ext.__name__)
bound = D().ext
D.ext2 = bound
print(D().ext2())
print(func.__get__(5)(), func.__get__(None, int)(1))
print(type(func.__get__(5)).__name__, func.__get__(5).__self__)
