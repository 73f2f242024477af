# Stacking decorators with arguments: application order, functools.wraps metadata, and __wrapped__ chains.
import functools
calls = []
def tag(name):
    def deco(fn):
        calls.append(f"decorating {fn.__name__} with {name}")
        @functools.wraps(fn)
        def wrapper(*a, **kw):
            calls.append(f"enter {name}")
            try:
                return f"<{name}>{fn(*a, **kw)}</{name}>"
            finally:
                calls.append(f"exit {name}")
        return wrapper
    return deco
def validate(**types):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            names = fn.__code__.co_varnames[:fn.__code__.co_argcount]
            for n, v in list(zip(names, args)) + list(kwargs.items()):
                if n in types and not isinstance(v, types[n]):
                    raise TypeError(f"{fn.__name__}(): {n} must be {types[n].__name__}, got {type(v).__name__}")
            return fn(*args, **kwargs)
        return wrapper
    return deco
@tag("b")
@tag("i")
@validate(text=str, times=int)
def render(text, times=1):
    """Render text repeatedly."""
    return text * times
print(calls)
calls.clear()
print(render("ab", 2), calls)
print(render.__name__, render.__doc__, render.__wrapped__.__name__, render.__wrapped__.__wrapped__.__wrapped__.__name__)
for args, kw in [(("x",), {"times": "3"}), ((5,), {})]:
    try:
        render(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)
print(calls[-2:])
def add_repr(cls):
    def __repr__(self):
        return f"{cls.__name__}({', '.join(f'{k}={v!r}' for k, v in vars(self).items())})"
    cls.__repr__ = __repr__
    return cls
def register(registry):
    def deco(cls):
        registry[cls.__name__.lower()] = cls
        return cls
    return deco
REG = {}
@register(REG)
@add_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Point(1, 2), REG, Point.__repr__.__qualname__)
def counted(fn):
    fn.count = 0
    @functools.wraps(fn)
    def w(*a):
        w.count += 1
        return fn(*a)
    w.count = 0
    return w
@counted
def f(x):
    return x
f(1); f(2)
print(f.count, f.__wrapped__.count, f.__dict__.keys() >= {"count", "__wrapped__"})
