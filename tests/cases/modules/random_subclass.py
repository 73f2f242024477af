# random: subclassing Random as CPython 3.12 allows -- a subclass that only overrides
# random() gets integers from it (with the large-range warning), one that overrides
# getrandbits() gets integers from that, plain subclasses keep the Mersenne Twister; a
# subclass never seeded starts from the all-zero state; SystemRandom draws from os.urandom
# and refuses state; copy.copy/deepcopy use __reduce__.
import copy
import random
import warnings


class OnlyRandom(random.Random):
    """A different basic generator: only random() is overridden."""

    def __init__(self, s):
        self.inner = random.Random(s)
        self.calls = 0
        super().__init__(s)

    def random(self):
        self.calls += 1
        return self.inner.random()


o = OnlyRandom(3)
print([o.randrange(100) for _ in range(200)][-10:], o.calls)
print([o.randint(1, 6) for _ in range(50)][-10:], [o.choice('abcdef') for _ in range(30)][-8:])
print(o.sample(range(1000), 10), o.choices('ab', k=6), o.gauss(), o.uniform(1, 2), o.calls)
x = list(range(40))
o.shuffle(x)
print(x, o.binomialvariate(100, 0.4), o.gammavariate(0.5, 1), o.calls)
print(o.getrandbits(40), o.randbytes(3))   # the Mersenne Twister state, seeded by __init__
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(o.randrange(2**60), o.randrange(2**53 - 1), o.randrange(2**53))
    print([str(m.message).replace('\n', '|') for m in w], [m.category.__name__ for m in w])
print(OnlyRandom._randbelow is random.Random._randbelow_without_getrandbits)


class CountingBits(random.Random):
    def getrandbits(self, k):
        self.calls = getattr(self, 'calls', 0) + 1
        return super().getrandbits(k)


b = CountingBits(4)
print([b.randrange(100) for _ in range(50)][-5:], b.choice('abc'), b.calls, b.randint(1, 3), b.calls)
x = list(range(30))
b.shuffle(x)
print(x, b.calls, b.sample(range(10), 3), b.calls, b.randbytes(5), b.calls, b.random())
print(CountingBits._randbelow is random.Random._randbelow_with_getrandbits)


class Both(random.Random):
    def random(self):
        return 0.5

    def getrandbits(self, k):
        return (1 << k) // 3


print(Both(1).randrange(10), Both(1).choice('abcdefghijklmnopq'), Both(1).uniform(0, 4))


class Plain(random.Random):
    pass


class Plainer(Plain):
    pass


p, q = Plain(8), Plainer(8)
print([p.randint(1, 6) for _ in range(20)], p.choice('xy'), p.random(), p.sample(range(50), 4))
print([q.randint(1, 6) for _ in range(20)], q.choice('xy'), q.random(), q.sample(range(50), 4))
print(Plain._randbelow is random.Random._randbelow)


class OwnRandrange(random.Random):
    def randrange(self, start, stop=None, step=1):
        return -1


print(OwnRandrange(1).randint(1, 5), OwnRandrange(1).choice('ab'))


class OwnRandbelow(random.Random):
    def _randbelow(self, n):
        return n - 1


x = list(range(5))
OwnRandbelow(0).shuffle(x)
print(OwnRandbelow(0).choice('abc'), OwnRandbelow(0).randint(1, 9), OwnRandbelow(0).randrange(3, 30, 3), x,
      OwnRandbelow(0).sample(range(10), 3))


class SeedsNothing(random.Random):
    def seed(self, *args, **kwargs):
        pass


z = SeedsNothing(5)
print(z.random(), z.getrandbits(16), z.getstate()[1][-1], z.getstate()[1][:3])


class NoInit(random.Random):
    def __init__(self):
        pass


n = NoInit()
print(hasattr(n, 'gauss_next'), n.random(), n.randint(1, 100))
n.seed(5)
print(n.random())


class WithArgs(random.Random):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b


print(WithArgs(1, 2).random(), random.Random(x=1).random())

# SystemRandom: os.urandom underneath, same method interface, no state
s = random.SystemRandom()
print(type(s).__name__, isinstance(s, random.Random), s.seed(1), s.gauss_next)
print(0.0 <= s.random() < 1.0, len(s.randbytes(10)), s.getrandbits(0), 0 <= s.getrandbits(70) < 2**70)
print(0 <= s.randrange(10) < 10, s.randint(3, 3), s.choice('a'), sorted(s.sample('abc', 3)))
print(all(0 <= s.randrange(2**80) < 2**80 for _ in range(50)), len(set(s.random() for _ in range(100))))
y = list(range(20)); s.shuffle(y); print(sorted(y) == list(range(20)))
print(type(s.gauss()).__name__, type(s.binomialvariate(10, 0.5)).__name__, type(s.choices('abc', k=3)).__name__)
print(random.SystemRandom._randbelow is random.Random._randbelow_with_getrandbits)
for call in (lambda: s.getstate(), lambda: s.setstate(None), lambda: s.getrandbits(-1),
             lambda: s.getrandbits(1.5), lambda: s.randbytes(-1)):
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
print(random.SystemRandom(5).seed(1, 2, x=3), random.SystemRandom._notimplemented.__doc__)

# copies continue the same sequence
a = random.Random(10)
a.random()
c1, c2 = copy.copy(a), copy.deepcopy(a)
print(a.random() == c1.random() == c2.random(), a.getstate() == c1.getstate())
red = a.__reduce__()
print(red[0].__name__, red[1], red[2] == a.getstate())
o2 = copy.copy(Plain(3))
print(type(o2).__name__, o2.random() == Plain(3).random())
