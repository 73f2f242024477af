# random: the real-valued distributions consume the generator exactly as CPython 3.12 and
# return the same floats -- uniform, triangular, normalvariate, gauss (with gauss_next),
# lognormvariate, expovariate, vonmisesvariate, gammavariate, betavariate, paretovariate,
# weibullvariate, binomialvariate (3.12: geometric and BTRS methods).
import random

def digest(xs):
    return hash(tuple(xs))

def show(tag, xs):
    print(tag, xs[:3], xs[-1], digest(xs))

for seed in [3, -12, 2**40 + 3, 0.75, 'dist']:
    r = random.Random(seed)
    print('seed', repr(seed))
    show('uniform', [r.uniform(-5, 5) for _ in range(500)] + [r.uniform(3, 3)] + [r.uniform(10, 0) for _ in range(20)])
    show('triangular', [r.triangular() for _ in range(200)] + [r.triangular(0, 10, 2) for _ in range(200)]
         + [r.triangular(3, 3, 3), r.triangular(3, 3)] + [r.triangular(10, 0, 9) for _ in range(100)]
         + [r.triangular(0, 1, 5) for _ in range(10)] + [r.triangular(high=5) for _ in range(10)])
    show('normalvariate', [r.normalvariate() for _ in range(500)] + [r.normalvariate(5, 0.1) for _ in range(100)]
         + [r.normalvariate(0, -1) for _ in range(10)])
    show('gauss', [r.gauss() for _ in range(501)] + [r.gauss(3, 2) for _ in range(100)] + [r.gauss(mu=1, sigma=0) for _ in range(3)])
    print('gauss_next', r.gauss_next)
    show('lognormvariate', [r.lognormvariate(0, 1) for _ in range(300)] + [r.lognormvariate(1.5, 0.25) for _ in range(100)])
    show('expovariate', [r.expovariate() for _ in range(300)] + [r.expovariate(3.5) for _ in range(300)]
         + [r.expovariate(-2) for _ in range(10)] + [r.expovariate(lambd=0.01) for _ in range(10)])
    show('vonmisesvariate', [r.vonmisesvariate(0, 0) for _ in range(10)] + [r.vonmisesvariate(1, 4) for _ in range(300)]
         + [r.vonmisesvariate(-3, 0.5) for _ in range(300)] + [r.vonmisesvariate(10, 1e-7) for _ in range(10)]
         + [r.vonmisesvariate(2, 500) for _ in range(100)] + [r.vonmisesvariate(100, 2) for _ in range(50)])
    for a in (0.01, 0.3, 0.5, 0.999, 1.0, 1.0000001, 1.5, 2, 10, 1000.5):
        show('gammavariate %r' % a, [r.gammavariate(a, 2.0) for _ in range(150)] + [r.gammavariate(a, 0.5) for _ in range(50)])
    show('betavariate', [r.betavariate(0.5, 0.5) for _ in range(200)] + [r.betavariate(2, 5) for _ in range(200)]
         + [r.betavariate(0.01, 0.01) for _ in range(200)] + [r.betavariate(1, 1) for _ in range(50)]
         + [r.betavariate(30, 0.2) for _ in range(50)])
    show('paretovariate', [r.paretovariate(a) for a in (0.5, 1, 3, 100) for _ in range(100)])
    show('weibullvariate', [r.weibullvariate(1, b) for b in (0.5, 1, 3) for _ in range(100)] + [r.weibullvariate(2.5, 1.5) for _ in range(100)])
    for n, p in ((0, 0.5), (1, 0.3), (1, 0.9), (1.0, 0.5), (True, 0.5), (2, 0.5), (5, 0.1), (5, 0.0), (5, 1.0),
                 (20, 0.4), (20, 0.6), (100, 0.05), (100, 0.2), (100, 0.5), (1000, 0.75), (10**6, 0.01),
                 (10**6, 0.5), (50, 0.99), (30, 0.34), (10**9, 1e-8), (25, 0.4), (26, 0.39), (10**12, 0.3),
                 (5.5, 0.3), (100.5, 0.3), (40, 1e-300), (7, 1 - 1e-16)):
        show('binomialvariate %r %r' % (n, p), [r.binomialvariate(n, p) for _ in range(200)])
    show('binomialvariate default', [r.binomialvariate() for _ in range(200)])
    print('end', r.random(), r.getstate()[1][-1])

# gauss_next survives getstate/setstate and is cleared by seed()
r = random.Random(8)
r.gauss()
st = r.getstate()
print(st[2], r.gauss(), r.gauss())
r.setstate(st)
print(r.gauss(), r.gauss())
r.seed(8)
print(r.gauss_next, r.gauss())

# module-level distributions
random.seed(77)
print(random.uniform(1, 2), random.triangular(), random.normalvariate(), random.gauss(),
      random.lognormvariate(0, 1), random.expovariate(), random.vonmisesvariate(0, 1),
      random.gammavariate(2, 3), random.betavariate(2, 3), random.paretovariate(2),
      random.weibullvariate(1, 2), random.binomialvariate(50, 0.3))
