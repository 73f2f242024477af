# random: with a seed, the same numbers as CPython 3.12 (Mersenne Twister, seeding, and the
# way each function consumes it), plus CPython's error messages.
import random
random.seed(12345)
print([random.random() for _ in range(3)])
print([random.randint(1, 100) for _ in range(10)])
print(random.randrange(10), random.randrange(5, 50, 5), random.randrange(50, 5, -7), random.getrandbits(100), random.getrandbits(7))
xs = list(range(20)); random.shuffle(xs); print(xs)
print(random.choice("abcdef"), random.sample(range(100), 5), random.sample(range(10**6), 4), random.sample("abcdefgh", 8))
print(random.choices("abc", k=5), random.choices("abc", weights=[1, 5, 10], k=5), random.choices([1, 2], cum_weights=[0.5, 1.0], k=3))
print(random.uniform(1, 2), random.gauss(0, 1), random.gauss(0, 1), random.normalvariate(5, 2), random.expovariate(3), random.triangular(0, 10, 3))
print(random.sample(["x", "y", "z"], 2, counts=[3, 1, 2]), random.randbytes(5))
st = random.getstate(); a = random.random(); random.setstate(st); print(a == random.random())
for s in [0, 1, -7, 2**100, 3.5, True]:
    random.seed(s); print(s, random.random(), random.randint(0, 10**12))
r = random.Random(42); print(r.random(), r.choice([1, 2, 3]), random.Random(42).random() == random.Random(42).random())
for bad in ["random.randrange(0)", "random.randrange(5, 5)", "random.randrange(5, 1, 2)", "random.randrange(1, 5, 0)",
            "random.randrange(1.5)", "random.choice([])", "random.sample([1, 2], 3)", "random.sample({1, 2}, 1)",
            "random.seed([1])", "random.getrandbits(-1)", "random.choices([1, 2], [1], k=2)"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
