# Generator object attributes: gi_running, gi_frame, gi_code, gi_suspended, gi_yieldfrom, names.
def counter(n):
    for i in range(n):
        yield i
g = counter(2)
print(type(g).__name__, g.__name__, g.__qualname__, g.gi_code.co_name)
print("created:", g.gi_running, g.gi_suspended, g.gi_frame is not None, g.gi_frame.f_lineno)
next(g)
print("suspended:", g.gi_running, g.gi_suspended, g.gi_frame.f_lineno, sorted(g.gi_frame.f_locals))
list(g)
print("exhausted:", g.gi_running, g.gi_suspended, g.gi_frame)
class Box:
    def items(self):
        yield 1
    def nested(self):
        def helper():
            yield 2
        return helper()
print(Box().items().__name__, Box().items().__qualname__, Box().nested().__qualname__)
g = counter(1)
g.__name__ = "renamed"
g.__qualname__ = "Q.renamed"
print(g.__name__, g.__qualname__, g.gi_code.co_name)
try:
    g.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
def outer():
    yield from inner()
def inner():
    yield "x"
o = outer()
print(o.gi_yieldfrom)
next(o)
print(type(o.gi_yieldfrom).__name__, o.gi_yieldfrom.__name__)
o.close()
print(o.gi_yieldfrom, o.gi_frame)
ge = (x for x in range(2))
print(ge.__name__, ge.__qualname__, ge.gi_code.co_name)
def in_func():
    return (y for y in [1])
print(in_func().__qualname__)
print(counter.__code__.co_flags & 0x20 != 0, in_func.__code__.co_flags & 0x20 != 0)
g = counter(3)
print(g.gi_frame.f_code is counter.__code__, g.gi_code is counter.__code__)
g.close()
print("closed fresh:", g.gi_frame, g.gi_suspended)
print(iter(g) is g, hasattr(g, "__next__"), hasattr(g, "__len__"))
