import functools
from functools import reduce, partial, wraps, lru_cache, cache, cached_property, total_ordering, cmp_to_key, singledispatch
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.add, [], 10), reduce(lambda a, b: a * b, range(1, 6), 1))
print(reduce(operator.add, ['x']), reduce(operator.sub, [10, 1, 2]))
try:
    reduce(operator.add, [])
except TypeError as e:
    print('TypeError', e)

def f(a, b, c=0, *, d=1):
    return (a, b, c, d)

p = partial(f, 1)
print(p(2), p(2, 3, d=4), p.func is f, p.args, p.keywords)
q = partial(p, 2, d=9)
print(q(), q.func is f, q.args, q.keywords, q(c=5))
r = repr(partial(f, 1, d=2))
print(r.startswith('functools.partial(<function f at 0x'), r.endswith('>, 1, d=2)'))
print(partial(max, key=len)(['aa', 'b', 'ccc']))
try:
    partial(1)
except TypeError as e:
    print('TypeError', e)

def deco(fn):
    @wraps(fn)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return fn(*args, **kwargs) * 2
    return wrapper

@deco
def greet(x):
    """Greet doc."""
    return x + 1

print(greet(3), greet.__name__, greet.__doc__, greet.__wrapped__(3), greet.__qualname__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

calls = []

@lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x

print(sq(2), sq(3), sq(2), sq(4), sq(3), calls)
print(sq.cache_info())
info = sq.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], tuple(info))
sq.cache_clear()
print(sq.cache_info())

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(60), fib.cache_info())

@lru_cache(maxsize=None)
def ident(x):
    return x

ident(1); ident(1); ident(1.0); ident(2)
print(ident.cache_info(), ident.__name__)

@lru_cache(typed=True)
def typed(x):
    return type(x).__name__

print(typed(1), typed(1.0), typed.cache_info())

@cache
def fact(n):
    return 1 if n < 2 else n * fact(n - 1)

print(fact(20), fact.cache_info())

@lru_cache(maxsize=0)
def nocache(x):
    return x

nocache(1); nocache(1)
print(nocache.cache_info())

class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @cached_property
    def area(self):
        self.computed += 1
        return self.r * self.r * 3

c = Circle(2)
print(c.area, c.area, c.computed, 'area' in c.__dict__)
del c.area
print(c.area, c.computed)

@total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __lt__(self, other):
        return self.v < other.v

print(V(1) < V(2), V(1) > V(2), V(1) <= V(1), V(2) >= V(1), V(3) >= V(4), V(2) > V(1))

@total_ordering
class W:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __ge__(self, other):
        return self.v >= other.v

print(W(1) < W(2), W(1) > W(2), W(1) <= W(1), W(2) <= W(1))
try:
    @total_ordering
    class Z:
        pass
except ValueError as e:
    print('ValueError', e)

def cmp(a, b):
    return (a > b) - (a < b)

print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted(['bb', 'a', 'ccc'], key=cmp_to_key(lambda a, b: len(b) - len(a))))

@singledispatch
def show(x):
    return 'object ' + repr(x)

@show.register
def _(x: int):
    return 'int ' + repr(x)

@show.register(list)
def _(x):
    return 'list of %d' % len(x)

def show_str(x):
    return 'str ' + x

show.register(str, show_str)

class MyInt(int):
    pass

print(show(1), show(True), show(MyInt(5)), show([1, 2]), show('s'), show(1.5), show(None))
print(show.dispatch(bool) is show.dispatch(int), show.dispatch(float).__name__, sorted(t.__name__ for t in show.registry))
