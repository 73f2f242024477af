# weakref.WeakMethod: a weak reference to a bound method.
import weakref


class C:
    def __init__(self, n):
        self.n = n

    def m(self):
        return 'm of %d' % self.n

    def other(self):
        return 'other'

    def __repr__(self):
        return 'C(%d)' % self.n


c = C(1)
wm = weakref.WeakMethod(c.m)
print(type(wm).__name__, type(wm).__module__)
bm = wm()
print(bm, bm(), bm is c.m, bm == c.m, bm.__self__ is c)
del bm
wm2 = weakref.WeakMethod(c.m)
print(wm == wm2, wm != wm2, wm is wm2, hash(wm) == hash(wm2), hash(wm) == hash(c))
wo = weakref.WeakMethod(c.other)
print(wm == wo, wm != wo)
c2 = C(2)
print(wm == weakref.WeakMethod(c2.m))
print(wm == weakref.ref(c), weakref.ref(c) == wm, wm == 1, wm != 1)
print(repr(wm).startswith('<weakref at 0x'), "to 'C' at 0x" in repr(wm))
d = {wm: 'value'}
print(d[weakref.WeakMethod(c.m)])
try:
    wm.x = 1
except AttributeError as e:
    print('AttributeError')

for bad in (len, C.m, c, 1):
    try:
        weakref.WeakMethod(bad)
    except TypeError as e:
        print(e)

log = []
wm3 = weakref.WeakMethod(c.m, lambda r: log.append(r is wm3))
print(wm3.__callback__ is not None)
print(weakref.getweakrefcount(c))
del c
print('after del', log, wm(), wm3(), wm == wm2, wm == wm, wm != wm2)
print(hash(wm) == hash(wm2))
print(repr(wm).endswith('; dead>'))


# A subclass can add attributes through __slots__.
class Tagged(weakref.WeakMethod):
    __slots__ = ('tag',)


t = Tagged(c2.m)
t.tag = 'x'
print(t(), t.tag, isinstance(t, weakref.WeakMethod))


# Class methods bind to the class.
class K:
    @classmethod
    def cm(cls):
        return cls.__name__


wk = weakref.WeakMethod(K.cm)
print(wk()())
