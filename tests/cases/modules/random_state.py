# random: getstate() returns CPython's exact (3, 625-tuple, gauss_next) state at every point
# of the 624-word block; setstate() restores it (also version-2 states and masked words);
# floats (two words) and single words interleave across block boundaries as in CPython.
import random

def words_digest(st):
    return sum(w * (i + 1) for i, w in enumerate(st[1])) % 1000000007

r = random.Random(7)
for k in list(range(0, 6)) + [310, 311, 312, 620, 621, 622, 623, 624, 625, 626, 1246, 1247, 1248, 1249, 5000]:
    r.seed(7)
    for _ in range(k):
        r.getrandbits(32)
    st = r.getstate()
    a = [r.random() for _ in range(700)]
    r2 = random.Random()
    r2.setstate(st)
    b = [r2.random() for _ in range(700)]
    print('at', k, st[1][-1], words_digest(st), a == b, a[:2], r2.getstate() == r.getstate(), words_digest(r.getstate()))

# random() starting at word 623 takes one word from this block and one from the next
for seed in (3, 4):
    r = random.Random(seed)
    for _ in range(623):
        r.getrandbits(32)
    print('straddle', r.random(), r.random(), r.getstate()[1][-1], words_digest(r.getstate()))

# big getrandbits spanning several blocks, from every parity
r = random.Random(11)
for k in (31, 32, 33, 64, 65, 1000, 19937, 19968, 19969, 50000, 100001):
    x = r.getrandbits(k)
    print('bits', k, x.bit_length() <= k, x % 1000000007, r.getstate()[1][-1])
print('randbytes', r.randbytes(10000)[-8:], r.getstate()[1][-1])

# state of every seed type
for s in (0, 1, -1, 2**100, 0.5, 'abc', b'abc'):
    st = random.Random(s).getstate()
    print('state', repr(s), st[0], len(st[1]), st[1][:4], st[1][-1], words_digest(st), st[2])

# after some draws the words are the twisted block
r = random.Random(2)
r.random()
st = r.getstate()
print('twisted', st[1][:4], st[1][620:], words_digest(st))

# version-2 states (signed words) convert; version 3 accepts words up to 2**64 - 1, masked
st = random.Random(11).getstate()
r = random.Random()
r.setstate((2, tuple(w - 2**32 if w >= 2**31 else w for w in st[1][:-1]) + (st[1][-1],), None))
print('v2', r.random(), r.getstate()[1][:-1] == random.Random(11).getstate()[1][:-1])
r.setstate((3, (5,) * 624 + (0,), 1.5))
print('fives', r.gauss(), r.random(), r.getstate()[1][-1])
r.setstate((3, (2**32 + 5,) * 624 + (624,), None))
print('masked', r.random(), r.getstate()[1][:2])
r.setstate((3, (0,) * 624 + (624,), None))
print('zero', r.random(), r.getrandbits(32), r.random())
r.setstate((3.0, tuple(range(624)) + (100,), None))
print('float version', r.random(), r.getstate()[1][-1])

# one instance's state installs in another; module-level state round trip
a = random.Random(123)
for _ in range(1000):
    a.random()
b = random.Random(0)
b.setstate(a.getstate())
print('shared', [a.random() for _ in range(3)] == [b.random() for _ in range(3)], a.randint(1, 10**6) == b.randint(1, 10**6))
random.seed(55)
random.random()
st = random.getstate()
x = [random.random(), random.getrandbits(9), random.choice('abcdef')]
random.setstate(st)
print('module', x == [random.random(), random.getrandbits(9), random.choice('abcdef')], x)

# mixing parities at scale
r = random.Random(99)
acc = []
for step in range(20000):
    m = (step * 7) % 11
    if m < 5:
        acc.append(r.random())
    elif m < 8:
        acc.append(r.getrandbits(m * 4))
    elif m == 8:
        acc.append(r.randrange(1000))
    elif m == 9:
        acc.append(r.getrandbits(64))
    else:
        acc.append(r.uniform(0, 1))
print('interleave', acc[-5:], hash(tuple(acc)), words_digest(r.getstate()), r.getstate()[1][-1])
