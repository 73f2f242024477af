# weakref.WeakValueDictionary: dict methods, operators, copies; entries go with values.
import copy
import weakref
from collections.abc import MutableMapping


class O:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return 'O(%d)' % self.n


def show(d):
    return sorted(d.items())


a, b, c = O(1), O(2), O(3)
d = weakref.WeakValueDictionary({'a': a}, b=b)
print(len(d), sorted(d.keys()), d['a'], d.get('z'), d.get('z', 5), 'a' in d, 'z' in d)
print(repr(d).startswith('<WeakValueDictionary at 0x'), isinstance(d, MutableMapping))
try:
    d['z']
except KeyError as e:
    print('KeyError', e)
try:
    [] in d
except TypeError as e:
    print('TypeError', e)
d['c'] = c
print(list(d.items()), list(d.values()), list(d), list(d.keys()))
print(type(d.keys()).__name__)
del c
print(list(d.items()), len(d), 'c' in d, d.get('c'))
print(d.setdefault('a', b), d.setdefault('n', b), show(d))
print(d.pop('n'), d.pop('zz', 'default'))
try:
    d.pop('zz')
except KeyError as e:
    print('KeyError', e)
print(d.popitem(), len(d))
d.update({'x': a}, y=b)
d.update([('q', a)])
d.update(r=a)
print(show(d))

e = d | {'k': b}
print(type(e).__name__, show(e))
f = {'k': b, 'a': b} | d
print(type(f).__name__, show(f))
print(d.__or__(1), d.__ror__([]))
d |= {'m': a}
print(show(d))
cp = d.copy()
print(type(cp).__name__, show(cp), cp is d)
cp2 = copy.copy(d)
print(type(cp2).__name__, show(cp2))
dc = copy.deepcopy(d)
print(type(dc).__name__, show(dc), dc['a'] is a)
refs = d.valuerefs()
print(len(refs), sorted(r().n for r in refs), sorted(r().n for r in d.itervaluerefs()))
print(d == d, d == dict(d.items()), d != {}, d == cp)
try:
    d.update(1, 2)
except TypeError as e:
    print('TypeError')
try:
    d['u'] = 5
except TypeError as e:
    print(e)
try:
    d.setdefault('none')
except TypeError as e:
    print(e)
del d['x']
try:
    del d['x']
except KeyError as e:
    print('KeyError', e)
try:
    weakref.WeakValueDictionary().popitem()
except KeyError as e:
    print('KeyError', e)
print(list(weakref.WeakValueDictionary(other=a)), list(weakref.WeakValueDictionary([(1, a)])))

# Values die: entries vanish (callbacks at the next call).
d2 = weakref.WeakValueDictionary()
for i in range(5):
    d2[i] = O(i)
print(len(d2), list(d2))
keep = [O(i) for i in range(5)]
for o in keep:
    d2[o.n] = o
print(len(d2), list(d2))
del keep[1:3]
print(len(d2), list(d2), 2 in d2, d2.get(1, 'gone'))
del o
keep.clear()
print(len(d2), list(d2.items()))

# The same value under several keys.
v = O(9)
d3 = weakref.WeakValueDictionary(x=v, y=v, z=v)
print(len(d3), sorted(d3))
d3['y'] = O(10)
print(sorted(d3))
del v
print(len(d3), sorted(d3))

# A value dying while the dictionary is iterated is skipped, and removal is deferred.
objs = [O(i) for i in range(4)]
d4 = weakref.WeakValueDictionary(enumerate(objs))
seen = []
for k, val in d4.items():
    seen.append(k)
    if k == 0:
        objs[2] = None
print(seen, len(d4), sorted(d4))
objs[3] = None
del val
print(sorted(d4), len(d4))

# Replacing a key whose old value dies later keeps the new value.
o1, o2 = O(1), O(2)
d5 = weakref.WeakValueDictionary(k=o1)
d5['k'] = o2
del o1
print(d5['k'])


class Sub(weakref.WeakValueDictionary):
    pass


s = Sub(a=a)
print(type(s.copy()).__name__, type(copy.copy(s)).__name__, type(s | {}).__name__,
      type({} | s).__name__, type(copy.deepcopy(s)).__name__)
print(repr(s).startswith('<Sub at 0x'))
s.clear()
print(len(s), s.get('a'))
