# Weak containers holding functions, classes and sets: entries disappear when these die,
# whether or not the death runs the references' callbacks.
import weakref


def make_func(n):
    def f():
        return n
    f.__name__ = 'f%d' % n
    return f


funcs = [make_func(i) for i in range(5)]
ws = weakref.WeakSet(funcs)
wv = weakref.WeakValueDictionary((f.__name__, f) for f in funcs)
wk = weakref.WeakKeyDictionary((f, f.__name__) for f in funcs)
print(len(ws), len(wv), len(wk))
del funcs[1:3]
print(len(ws), len(wv), len(wk))
print(sorted(f.__name__ for f in ws), sorted(wv), sorted(wk.values()))
print('f1' in wv, wv.get('f1'), sorted(k for k, v in wv.items()))
print(sorted(f() for f in wv.values()), sorted(f() for f in wk))
print(len(wv.valuerefs()), len(wk.keyrefs()), bool(ws))
print(funcs[0] in ws, funcs[0] in wk, wk.get(funcs[0]))
try:
    wv['f2']
except KeyError as e:
    print('KeyError', e)
print(wv.pop('f2', 'gone'), wv.setdefault('f1', funcs[0]) is funcs[0])
funcs.clear()
print(len(ws), len(wv), len(wk), list(ws), list(wk), sorted(wv))
print(ws == weakref.WeakSet(), bool(ws))

# A key whose function value died: deleting it fails, setting it again appends it.
fs = [make_func(i) for i in range(3)]
wv3 = weakref.WeakValueDictionary(a=fs[0], b=fs[1], c=fs[2])
fs[0] = fs[1] = None
try:
    del wv3['a']
except KeyError as e:
    print('KeyError', e)
wv3['b'] = fs[2]
print(list(wv3), len(wv3))
print(wv3.popitem()[0], list(wv3))

# Sets and frozensets as values and elements.
sets = [frozenset([i]) for i in range(4)]
wv2 = weakref.WeakValueDictionary(enumerate(sets))
ws2 = weakref.WeakSet(sets)
sets.pop()
sets.pop(0)
print(sorted(wv2), len(ws2), sorted(min(s) for s in ws2), sorted(min(s) for s in wv2.values()))
print(ws2 <= weakref.WeakSet(sets), ws2 == weakref.WeakSet(sets))


# Classes as keys (the values are kept while their classes live).
def make_class(name):
    return type(name, (), {})


classes = [make_class('K%d' % i) for i in range(3)]
wk2 = weakref.WeakKeyDictionary((k, k.__name__) for k in classes)
print(sorted(wk2.values()), classes[1] in wk2)

# Proxies and WeakMethods of functions see their death too.
g = make_func(7)
pg = weakref.proxy(g)
print(pg(), pg.__name__)
del g
try:
    pg()
except ReferenceError as e:
    print('ReferenceError', e)


class C:
    def m(self):
        return 'm'


c = C()
wm = weakref.WeakMethod(c.m)
print(wm()())
del c
print(wm())

# finalize of a function: alive follows the referent; still runs at exit if atexit.
h = make_func(8)
fh = weakref.finalize(h, print, 'finalizer of a function')
print(fh.alive)
del h
print(fh.alive, fh.peek(), fh.detach())
print('end')
