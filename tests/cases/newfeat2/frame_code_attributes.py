# Code objects reached through frames: names, qualnames, arg counts, varnames, flags.
import sys
def info():
    c = sys._getframe(1).f_code
    return (c.co_name, c.co_qualname, c.co_argcount, c.co_posonlyargcount,
            c.co_kwonlyargcount, c.co_varnames, c.co_filename.rsplit("/", 1)[-1])
def plain(a, b):
    return info()
def posonly(a, /, b, *, c):
    return info()
def star(*args, **kwargs):
    return info()
def with_locals(x):
    y = x + 1
    z = y * 2
    return info()
class Service:
    def handle(self, request, *, timeout=None):
        return info()
    @classmethod
    def build(cls):
        return info()
    @staticmethod
    def helper():
        return info()
    class Inner:
        def deep(self):
            return info()
def factory():
    def made(q):
        return info()
    return made
for r in (plain(1, 2), posonly(1, 2, c=3), star(), with_locals(1), Service().handle(1),
          Service.build(), Service.helper(), Service.Inner().deep(), factory()(0)):
    print(r)
print(info()[:2])
lam = lambda: info()[:2]
print(lam())
def gen_info():
    yield info()[:2]
print(next(gen_info()))
def flags():
    c = sys._getframe().f_code
    return c.co_flags & 0x20, c.co_flags & 0x04, c.co_flags & 0x08
def gflags(*a, **k):
    yield sys._getframe().f_code.co_flags & 0x2C
print(flags(), next(gflags()))
code = sys._getframe().f_code
print(code.co_name, code.co_qualname, code.co_argcount)
print(type(code).__name__, type(sys._getframe()).__name__)
def closure_vars():
    a, b = 1, 2
    def inner():
        return a + b
    return inner.__code__.co_freevars, sys._getframe().f_code.co_cellvars
print(closure_vars())
