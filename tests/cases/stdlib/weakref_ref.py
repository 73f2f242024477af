# weakref.ref through the weakref module: identity, callbacks, counts, __all__.
import weakref


class A:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'A(%s)' % self.name


print(weakref.__all__)
print(weakref.ref is weakref.ReferenceType, weakref.ReferenceType.__name__,
      weakref.ReferenceType.__module__)
print(all(hasattr(weakref, n) for n in weakref.__all__))

a = A('a')
r = weakref.ref(a)
print(r() is a, weakref.ref(a) is r, r.__callback__)
print(type(r) is weakref.ReferenceType, isinstance(r, weakref.ref))
print(repr(r).startswith('<weakref at 0x'), "to 'A' at 0x" in repr(r))
print(hash(r) == hash(a), r == weakref.ref(a), r != weakref.ref(a))

log = []
r1 = weakref.ref(a, lambda wr: log.append(('r1', wr() is None)))
r2 = weakref.ref(a, lambda wr: log.append(('r2', wr() is None)))
print(r1 is r2, r1 == r2, r1 is r, r1.__callback__ is not None)
print(weakref.getweakrefcount(a), len(weakref.getweakrefs(a)))
print(weakref.getweakrefs(a)[0] is r)
print(weakref.getweakrefcount(1), weakref.getweakrefs(1))

h = hash(r1)
del a
print('after del', r(), r1(), sorted(log))
print(hash(r1) == h)
print(repr(r).endswith('; dead>'))
print(r == r, r == r1, r != r1)

b = A('b')
rb = weakref.ref(b)
t = weakref.ref(A('temp'))
try:
    hash(t)
except TypeError as e:
    print('TypeError', e)

for obj in (1, 'x', [1], {}, (1,), None, 2.5, b'x'):
    try:
        weakref.ref(obj)
    except TypeError as e:
        print(e)


def f():
    pass


print(weakref.ref(f)() is f, weakref.ref(A)() is A, weakref.ref(len)() is len)
s = {1}
fs = frozenset([2])
print(weakref.ref(s)() is s, weakref.ref(fs)() is fs)


class Slotted:
    __slots__ = ('x',)


class SlottedWeak:
    __slots__ = ('x', '__weakref__')


try:
    weakref.ref(Slotted())
except TypeError as e:
    print(e)
sw = SlottedWeak()
print(weakref.ref(sw)() is sw)

try:
    weakref.ref()
except TypeError as e:
    print('TypeError')
print(weakref.ref[int])
