import collections.abc as abc
from collections import abc as abc2, OrderedDict, deque, Counter

print(abc is abc2)
def gen():
    yield 1
cases = [1, 'a', b'x', (), [], {}, set(), frozenset(), range(3), iter([]), gen(), len, None, 1.5]
names = ['Iterable', 'Iterator', 'Generator', 'Sized', 'Container', 'Collection', 'Sequence',
         'MutableSequence', 'Mapping', 'MutableMapping', 'Set', 'MutableSet', 'Hashable', 'Callable', 'Reversible']
for name in names:
    cls = getattr(abc, name)
    print(name, ''.join('1' if isinstance(c, cls) else '0' for c in cases))

class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration

class Sz:
    def __len__(self):
        return 0

class NoHash:
    def __eq__(self, other):
        return True

class Call:
    def __call__(self):
        return 1

print(isinstance(It(), abc.Iterable), isinstance(It(), abc.Iterator), isinstance(It(), abc.Sized))
print(isinstance(Sz(), abc.Sized), isinstance(Sz(), abc.Iterable), issubclass(Sz, abc.Sized))
print(isinstance(NoHash(), abc.Hashable), isinstance(It(), abc.Hashable), isinstance(Call(), abc.Callable), isinstance(Call, abc.Callable))
print(issubclass(list, abc.Sequence), issubclass(dict, abc.Mapping), issubclass(tuple, abc.MutableSequence), issubclass(OrderedDict, abc.MutableMapping))
print(isinstance(deque(), abc.Iterable), isinstance(Counter(), abc.Mapping))

class MyMap(abc.Mapping):
    def __init__(self, d):
        self._d = d
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)

m = MyMap({'a': 1, 'b': 2})
print(m['a'], m.get('z', 0), 'a' in m, 'z' in m, list(m.keys()), list(m.items()), list(m.values()), len(m))
print(m == {'a': 1, 'b': 2}, isinstance(m, abc.Mapping), isinstance(m, abc.MutableMapping), dict(m))

class MySeq(abc.Sequence):
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10
    def __len__(self):
        return self.n

s = MySeq(4)
print(list(s), 20 in s, s.index(30), s.count(10), list(reversed(s)), isinstance(s, abc.Sequence))

class MySet(abc.Set):
    def __init__(self, items):
        self.items = list(dict.fromkeys(items))
    def __contains__(self, x):
        return x in self.items
    def __iter__(self):
        return iter(self.items)
    def __len__(self):
        return len(self.items)

a = MySet([1, 2, 3])
b = MySet([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= MySet([1, 2, 3, 4]), a == MySet([3, 2, 1]), a.isdisjoint([7]))

class Registered:
    pass

abc.Sequence.register(Registered)
print(issubclass(Registered, abc.Sequence), issubclass(Registered, abc.Iterable), issubclass(Registered, abc.Mapping))
print(sorted(abc.Mapping.__abstractmethods__), sorted(abc.MutableSequence.__abstractmethods__), sorted(MyMap.__abstractmethods__))
