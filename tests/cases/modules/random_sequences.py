# random: the integer and sequence functions give CPython 3.12's results call for call --
# random, getrandbits, randbytes, randint, randrange, choice, shuffle, sample (counts=),
# choices (weights, cum_weights, k) -- thousands of calls over several seeds.
import random

def digest(xs):
    return hash(tuple(xs))

for seed in [1, -77, 2**70 + 1, 9.25, 'sequences', b'\x00\xff']:
    r = random.Random(seed)
    tag = repr(seed)
    xs = [r.random() for _ in range(3000)]
    print(tag, 'random', xs[:3], xs[-1], digest(xs))
    bits = [r.getrandbits(k) for k in range(0, 200)] + [r.getrandbits(k) for k in (1000, 19968, 19969, 20000, 40000, 65)]
    print(tag, 'getrandbits', bits[:8], bits[190:193], digest(bits))
    bs = [r.randbytes(n) for n in range(0, 40)] + [r.randbytes(5000)]
    print(tag, 'randbytes', bs[3], bs[9], digest(bs))
    ints = [r.randint(1, 6) for _ in range(2000)]
    print(tag, 'randint dice', ints[:20], digest(ints))
    ints = [r.randint(-10**12, 10**12) for _ in range(300)] + [r.randint(0, 2**100) for _ in range(100)]
    ints += [r.randint(0, 2**32 - 2) for _ in range(100)] + [r.randint(0, 2**32 - 1) for _ in range(100)]
    ints += [r.randint(0, 2**32) for _ in range(100)] + [r.randint(5, 5) for _ in range(10)]
    ints += [r.randint(True, 3) for _ in range(10)]
    print(tag, 'randint wide', ints[:4], ints[-25:-20], digest(ints))
    rr = [r.randrange(10) for _ in range(500)] + [r.randrange(3, 100, 7) for _ in range(300)]
    rr += [r.randrange(100, -100, -3) for _ in range(300)] + [r.randrange(-5, 5) for _ in range(300)]
    rr += [r.randrange(10**30) for _ in range(50)] + [r.randrange(0, 2**40, 2**20) for _ in range(50)]
    rr += [r.randrange(1) for _ in range(5)] + [r.randrange(7, 8) for _ in range(5)] + [r.randrange(5, None, 1) for _ in range(5)]
    print(tag, 'randrange', rr[:10], rr[-60:-55], digest(rr))
    ch = [r.choice('abcdefghij') for _ in range(1000)] + [r.choice(range(2**40)) for _ in range(50)]
    ch += [r.choice(['only']) for _ in range(5)] + [r.choice(range(2**33)) for _ in range(50)] + [r.choice((1, 2)) for _ in range(20)]
    print(tag, 'choice', ''.join(ch[:40]), ch[1000:1003], digest(ch))
    for n in (0, 1, 2, 3, 10, 17, 64, 65, 100, 1000, 5000):
        x = list(range(n))
        r.shuffle(x)
        print(tag, 'shuffle', n, x[:12], digest(x))
    sm = [r.sample(range(100), 10), r.sample(range(10**9), 10), r.sample('abcdefgh', 8),
          r.sample(range(50), 0), r.sample(range(30), 30), r.sample(tuple(range(1000)), 100),
          r.sample(range(10**6), 5000), r.sample(list(range(21)), 6), r.sample(list(range(22)), 6),
          r.sample(range(85), 6), r.sample(range(86), 7), r.sample(range(2000), 200)]
    print(tag, 'sample', sm[0], sm[2], [digest(s) for s in sm])
    sc = [r.sample(['red', 'green', 'blue'], 10, counts=[5, 3, 2]),
          r.sample(range(4), 2, counts=[10**6, 1, 1, 10**6]), r.sample('ab', 3, counts=[2, 1]),
          r.sample(range(100), 50, counts=range(1, 101))]
    print(tag, 'sample counts', sc[0], sc[2], digest(tuple(map(tuple, sc))))
    cs = [r.choices('abc', k=20), r.choices(range(10), [i * i for i in range(10)], k=500),
          r.choices('xyz', cum_weights=[0.1, 0.5, 3.0], k=500), r.choices([1, 2], [3, 4]),
          r.choices(range(1000), k=1000), r.choices('ab', [0, 1], k=10), r.choices('ab', [1.5, 0], k=10),
          r.choices(range(3), cum_weights=[1, 1, 2], k=30), r.choices('q', k=0), r.choices('pq', k=-3)]
    print(tag, 'choices', cs[0], cs[3], cs[5], [digest(c) for c in cs])
    print(tag, 'after', r.random(), r.getstate()[1][-1])

# mixing words one at a time with floats (two words each) at every phase of the block
r = random.Random(99)
acc = []
for step in range(5000):
    m = step % 9
    if m in (1, 3, 6):
        acc.append(r.random())
    elif m == 0:
        acc.append(r.getrandbits(32))
    elif m == 2:
        acc.append(r.getrandbits(17))
    elif m == 4:
        acc.append(r.randint(0, 9))
    elif m == 5:
        acc.append(r.getrandbits(33))
    elif m == 7:
        acc.append(r.choice('abcdefg'))
    else:
        acc.append(r.randbytes(3))
    if step % 401 == 0:
        acc.append(r.getstate()[1][-1])
print('mixed', acc[-12:], digest(acc))

# the module-level functions share one generator
random.seed(2024)
print(random.random(), random.randint(1, 10), random.choice('xyz'), random.sample(range(20), 3),
      random.getrandbits(70), random.randrange(0, 100, 5), random.randbytes(4), random.choices('ab', k=3))
x = list(range(10)); random.shuffle(x); print(x)
