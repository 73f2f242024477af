# Signature.bind / bind_partial and BoundArguments.
import inspect


def attempt(sig, *args, **kwargs):
    try:
        ba = sig.bind(*args, **kwargs)
    except TypeError as e:
        print('  bind', args, kwargs, '->', 'TypeError:', e)
        return None
    print('  bind', args, kwargs, '->', ba, ba.args, ba.kwargs)
    return ba


def attempt_partial(sig, *args, **kwargs):
    try:
        ba = sig.bind_partial(*args, **kwargs)
    except TypeError as e:
        print('  partial', args, kwargs, '->', 'TypeError:', e)
        return None
    print('  partial', args, kwargs, '->', ba, ba.args, ba.kwargs)
    return ba


def f(a, b): pass
def g(a, b=2, *args, c, d=4, **kw): pass
def h(a, b=1, /, c=2, *, d): pass
def k(a, /, **kw): pass
def m(a, /, b, *, c): pass
def n(*args): pass
def p(**kw): pass
def q(a, b=1, /): pass

for func, calls in [
    (f, [((1, 2), {}), ((1,), {}), ((), {}), ((1, 2, 3), {}), ((1,), {'b': 2}),
         ((), {'a': 1, 'b': 2}), ((1,), {'a': 2}), ((1, 2), {'z': 3}), ((), {'b': 1})]),
    (g, [((1,), {'c': 3}), ((1, 2, 3, 4), {'c': 5, 'x': 6}), ((1,), {}),
         ((), {'a': 1, 'c': 2, 'd': 3, 'e': 4}), ((1, 2), {'b': 3, 'c': 1})]),
    (h, [((1,), {'d': 4}), ((1, 2, 3), {'d': 4}), ((), {'a': 1, 'd': 4}), ((1,), {'b': 2, 'd': 1}),
         ((1, 2, 3, 4), {'d': 1}), ((1,), {'c': 5, 'd': 6}), ((1,), {})]),
    (k, [((1,), {'a': 2}), ((), {'a': 2}), ((1,), {'x': 1, 'y': 2})]),
    (m, [((1, 2), {'c': 3}), ((), {'a': 1, 'b': 2, 'c': 3}), ((1,), {'b': 2}), ((1, 2, 3), {})]),
    (n, [((), {}), ((1, 2, 3), {}), ((), {'x': 1})]),
    (p, [((), {}), ((), {'x': 1, 'y': 2}), ((1,), {})]),
    (q, [((), {'b': 5}), ((1,), {'b': 5}), ((1,), {'b': 5, 'a': 3})]),
]:
    sig = inspect.signature(func)
    print(func.__name__, sig)
    for args, kwargs in calls:
        attempt(sig, *args, **kwargs)
    for args, kwargs in calls:
        attempt_partial(sig, *args, **kwargs)

print('--- apply_defaults')
sig = inspect.signature(g)
ba = sig.bind(1, c=3)
print(ba.arguments)
ba.apply_defaults()
print(ba.arguments, ba.args, ba.kwargs)
ba = sig.bind_partial(c=3)
ba.apply_defaults()
print(ba)
ba = inspect.signature(h).bind(1, d=2)
ba.apply_defaults()
print(ba, ba.args, ba.kwargs)

print('--- arguments are mutable, order of binding')
ba = inspect.signature(g).bind(1, 2, 3, d=7, c=9, z=0)
print(list(ba.arguments.items()))
ba.arguments['b'] = 20
print(ba.args, ba.kwargs)
del ba.arguments['b']
print(ba.args, ba.kwargs)
print(ba.signature is not None, ba.signature == inspect.signature(g))

print('--- equality')
s = inspect.signature(f)
print(s.bind(1, 2) == s.bind(1, 2), s.bind(1, 2) == s.bind(1, b=2), s.bind(1, 2) == s.bind(2, 1))
print(s.bind(1, 2) == inspect.signature(lambda a, b: 0).bind(1, 2))
print(s.bind(1, 2) != 5, s.bind(1, 2).__eq__(5))
try:
    hash(s.bind(1, 2))
except TypeError as e:
    print('TypeError', e)

print('--- calling with bound args')
def target(a, b=2, *rest, c, **kw):
    return (a, b, rest, c, kw)
ba = inspect.signature(target).bind(1, 5, 6, 7, c=8, x=9)
print(target(*ba.args, **ba.kwargs))
ba = inspect.signature(target).bind(1, c=8)
print(ba.args, ba.kwargs, target(*ba.args, **ba.kwargs))

print('--- bind on a signature with "self"/"kwargs" names')
def odd(self, kwargs, *, args): pass
print(inspect.signature(odd).bind(1, 2, args=3))
print(inspect.signature(odd).bind(self=1, kwargs=2, args=3))
