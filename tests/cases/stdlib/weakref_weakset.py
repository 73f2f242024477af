# weakref.WeakSet: set methods, operators and comparisons; elements go when they die.
import copy
import weakref
from collections.abc import MutableSet


class O:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return 'O(%d)' % self.n

    def __hash__(self):
        return self.n

    def __eq__(self, other):
        return isinstance(other, O) and other.n == self.n

    def __lt__(self, other):
        return self.n < other.n


os_ = [O(i) for i in range(8)]
s = weakref.WeakSet(os_[:4])
t = weakref.WeakSet(os_[2:6])
print(len(s), os_[0] in s, os_[7] in s, O(1) in s, 1 in s, [] in s)
print(list(s), type(s).__name__, type(s).__module__)
print(isinstance(s, MutableSet), weakref.WeakSet is __import__('_weakrefset').WeakSet)
print(repr(weakref.WeakSet()), repr(s).startswith('{<weakref at 0x'))
print(type(s | t).__name__, list(s | t), list(s & t), list(s - t), list(s ^ t))
print(list(s.union(os_[6:])), list(s.intersection(os_[1:3])),
      list(s.difference(os_[:1])), list(s.symmetric_difference(os_[3:5])))
print(s <= t, s < s, s <= s, s >= s, s > t, s == t, s != t)
print(s == weakref.WeakSet(os_[:4]), s == set(os_[:4]), s.__eq__(1), s == 1)
print(set(os_[:3]) <= s, set(os_[:3]) < s, s > set(os_[:3]), set(os_) >= s)
print(s.issubset(os_), s.issuperset(os_[:2]), s.isdisjoint(os_[5:]), s.isdisjoint(t))
u = s.copy()
print(type(u).__name__, u == s, u is s)
u.add(os_[7])
u.discard(os_[0])
u.discard(os_[0])
u.remove(os_[1])
try:
    u.remove(os_[1])
except KeyError as e:
    print('KeyError', type(e.args[0]).__name__)
print(sorted(u), sorted(s))
print(u.pop() in os_, len(u))
u.clear()
print(len(u), list(u))
try:
    u.pop()
except KeyError as e:
    print('KeyError', e)
v = weakref.WeakSet(os_[:3])
v |= os_[3:5]
print(sorted(v))
v &= os_[1:4]
print(sorted(v))
v -= [os_[1]]
print(sorted(v))
v ^= os_[3:6]
print(sorted(v))
v.update(os_[6:])
print(sorted(v))
v.difference_update(os_[5:7])
print(sorted(v))
v.intersection_update(os_[2:5])
print(sorted(v))
v.symmetric_difference_update(os_[1:3])
print(sorted(v))
v -= v
print(len(v))
w = weakref.WeakSet(os_[:2])
w ^= w
print(len(w))
print(weakref.WeakSet.__hash__)
try:
    hash(s)
except TypeError as e:
    print(e)
for expr in ('s | [1]', 's | 1', 's < 1', 'weakref.WeakSet(1)', 's.add([])',
             'weakref.WeakSet([1])'):
    try:
        eval(expr)
    except TypeError as e:
        print(expr, 'TypeError', e)
print(weakref.WeakSet[int])
c1 = copy.copy(s)
print(type(c1).__name__, sorted(c1), c1 is s)
c2 = copy.deepcopy(s)
print(sorted(c2) == sorted(s), all(x in s for x in c2))

# Elements die.
w2 = weakref.WeakSet()
w2.add(O(100))
print(len(w2), list(w2))
objs = [O(i) for i in range(6)]
w3 = weakref.WeakSet(objs)
del objs[::2]
print(len(w3), sorted(w3), O(0) in w3, O(1) in w3)
objs.clear()
print(len(w3), list(w3), bool(w3))

# An element dying while the set is iterated is skipped; removals are deferred.
objs = [O(i) for i in range(5)]
w4 = weakref.WeakSet(objs)
seen = []
for x in w4:
    seen.append(x.n)
    if x.n == 0:
        objs[3] = None
        objs[4] = None
del x
print(seen, len(w4), sorted(w4))
# Adding while iterating is an error, as for sets.
extra = O(99)
try:
    for x in w4:
        w4.add(objs[0])
        w4.add(extra)
except RuntimeError as e:
    print('RuntimeError', e)


class Sub(weakref.WeakSet):
    pass


ws = Sub(os_[:3])
print(type(ws.copy()).__name__, type(ws | []).__name__, type(ws - []).__name__,
      type(ws & []).__name__, type(ws ^ []).__name__)
print(ws == weakref.WeakSet(os_[:3]), weakref.WeakSet(os_[:3]) == ws)
