# weakref.WeakKeyDictionary: dict methods, operators, copies; entries go with keys.
import copy
import weakref
from collections.abc import MutableMapping


class O:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return 'O(%d)' % self.n

    def __hash__(self):
        return self.n

    def __eq__(self, other):
        return isinstance(other, O) and other.n == self.n


def show(d):
    return sorted(d.items(), key=lambda kv: kv[0].n)


a, b, c = O(1), O(2), O(3)
d = weakref.WeakKeyDictionary({a: 1})
print(len(d), d[a], d.get(b), d.get(b, 5), a in d, b in d, 1 in d, [] in d, O(1) in d)
print(repr(d).startswith('<WeakKeyDictionary at 0x'), isinstance(d, MutableMapping))
try:
    d[b]
except KeyError as e:
    print('KeyError', type(e.args[0]).__name__)
d[b] = 2
d[c] = 3
print(list(d.items()), list(d.values()), list(d), list(d.keys()))
print(type(d.items()).__name__)
del c
print(list(d.items()), len(d))
print(d.setdefault(a, 9), d.setdefault(b, 7))
o5 = O(5)
print(d.setdefault(o5, 9), len(d))
print(d.pop(o5), d.pop(O(8), 'default'), len(d))
try:
    d.pop(O(8))
except KeyError as e:
    print('KeyError', type(e.args[0]).__name__)
print(d.popitem(), len(d))
d[a] = 1
d.update({a: 10})
d.update([(b, 20)])
try:
    d.update({}, x=1)
except TypeError as e:
    print(e)
print(show(d))
e = d | {b: 30}
print(type(e).__name__, show(e))
f = {b: 30} | d
print(type(f).__name__, show(f))
print(d.__or__(1), d.__ror__([]))
d |= {b: 40}
print(show(d))
cp = d.copy()
print(type(cp).__name__, show(cp))
dc = copy.deepcopy(weakref.WeakKeyDictionary({a: [1]}))
print(type(dc).__name__, dc[a], list(dc)[0] is a)
print(sorted(r().n for r in d.keyrefs()), [type(r) is weakref.ref for r in d.keyrefs()])
print(d == d, d != {}, d == {a: 10, b: 40})
for bad in ('d[1] = 5', 'd[1]', 'del d[1]', 'd.get(1)', 'd.pop(1)', 'd.get([])'):
    try:
        exec(bad)
    except TypeError as e:
        print(bad, 'TypeError', e)
try:
    d.update(1, 2)
except TypeError as e:
    print('TypeError')
del d[a]
try:
    del d[a]
except KeyError as e:
    print('KeyError', type(e.args[0]).__name__)
try:
    weakref.WeakKeyDictionary().popitem()
except KeyError as e:
    print('KeyError', e)
try:
    weakref.WeakKeyDictionary({}, x=1)
except TypeError as e:
    print(e)
print(len(weakref.WeakKeyDictionary(dict={a: 1})))

# Keys die: entries vanish.
keys = [O(i) for i in range(5)]
d2 = weakref.WeakKeyDictionary((k, k.n * 10) for k in keys)
print(len(d2), sorted(d2.values()))
del keys[3:]
print(len(d2), sorted(d2.values()), O(4) in d2)
keys.clear()
print(len(d2), list(d2.items()))

# An equal key keeps the original key object.
x1, x2 = O(7), O(7)
d3 = weakref.WeakKeyDictionary()
d3[x1] = 'first'
d3[x2] = 'second'
print(len(d3), list(d3)[0] is x1, d3[x2])
del x1
print(len(d3), x2 in d3)

# A key dying while the dictionary is iterated is skipped.
objs = [O(i) for i in range(4)]
d4 = weakref.WeakKeyDictionary({o: o.n for o in objs})
seen = []
for key in d4:
    seen.append(key.n)
    if key.n == 0:
        objs[2] = None
del key
print(seen, len(d4))
objs[3] = None
print(sorted(d4.values()), len(d4))


class Sub(weakref.WeakKeyDictionary):
    pass


s = Sub({a: 1})
print(type(s.copy()).__name__, type(copy.copy(s)).__name__, type(s | {}).__name__,
      type({} | s).__name__)
s.clear()
print(len(s))
