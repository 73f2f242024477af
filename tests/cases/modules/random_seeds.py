# random: every kind of seed gives CPython 3.12's state and sequence -- ints of all sizes and
# signs, floats (through their hash), str/bytes/bytearray (SHA-512, version 2), the old
# version 1 string hash, and other versions (hash of the str).
import random

def state_digest(r):
    st = r.getstate()
    words = st[1]
    return st[0], words[-1], words[:3], sum(w * (i + 1) for i, w in enumerate(words)) % 1000000007, st[2]

SEEDS = [0, 1, -1, 2, -2, 5, 42, 1000, 12345, -12345, 2**31 - 1, 2**31, 2**32 - 1, 2**32, 2**32 + 1,
         -(2**32), 2**63 - 1, 2**64, 2**64 + 7, -(2**100 + 3), 2**1000 + 12345, 3**2000, -(7**900),
         0.0, -0.0, 0.5, 3.5, -3.5, 1e300, -1e-300, 0.1, 2.0**70, float('inf'), float('-inf'),
         True, False, '', 'a', 'abc', 'hello world', '\u00fcn\u00efcode \u2603 \U0001f600', 'x' * 111,
         'y' * 112, 'z' * 300, b'', b'a', b'abc', bytes(range(256)), bytearray(b''), bytearray(b'xyz')]

for s in SEEDS:
    r = random.Random(s)
    print(repr(s)[:40], state_digest(r), r.random(), r.getrandbits(40), r.randrange(10**9))

# seed() on an existing instance equals a fresh instance; int subclasses use their int value
class MyInt(int):
    def __abs__(self):
        return 999
r = random.Random()
for s in [7, MyInt(7), -7, 7.0]:
    r.seed(s)
    print('reseed', repr(s), r.random(), r.getstate() == random.Random(7).getstate())

# version 1 string seeding (the old hash), and version 1 for ints
for s in ['', 'a', 'abc', 'hello world', 'x' * 100, '\u20ac', b'', b'abc', bytes(range(200)), 7, -7, 2**80]:
    r.seed(s, version=1)
    print('v1', repr(s)[:30], r.random(), r.getrandbits(33), state_digest(r)[3])

# version 2 uses sha512: the str is utf-8 encoded, bytearray like bytes
for s in ['abc', b'abc', bytearray(b'abc'), '\u00e9', '\u00e9'.encode(), '\u00e9'.encode('latin-1')]:
    r.seed(s)
    print('v2', repr(s), r.random())

# any other version hashes the str/bytes (PYTHONHASHSEED=0 in the test harness)
for v in (0, 3, 99):
    for s in ['abc', b'abc', 5, 2.5]:
        r.seed(s, version=v)
        print('version', v, repr(s), r.random())

# seeding resets gauss_next
r.seed(3); r.gauss(); print(r.gauss_next is not None); r.seed(3); print(r.gauss_next)

# None seeds from the system: not reproducible, but a valid state
a = random.Random(); b = random.Random()
print(a.getstate()[1][-1], len(a.getstate()[1]), a.getstate()[1][0], a.getstate() != b.getstate(), 0 <= a.random() < 1)

# many consecutive int seeds, the first few outputs of each
acc = []
for s in range(-300, 300):
    r.seed(s)
    acc.append((r.random(), r.getrandbits(32), r.randrange(1000)))
print(hash(tuple(acc)), acc[0], acc[-1])
