# random: CPython 3.12's exceptions and messages for bad arguments, including 3.12's refusal
# of non-integer randrange() arguments, and how much of the generator a failing call used.
import random

r = random.Random()
CASES = [
    "r.seed([1])", "r.seed(1j)", "r.seed((1, 2))", "r.seed(bytearray(b'abc'), version=1)",
    "r.setstate((3, (0,) * 624, None))", "r.setstate((3, [0] * 625, None))",
    "r.setstate((4, (0,) * 625, None))", "r.setstate((True, (1,) * 625, None))",
    "r.setstate((3, (0,) * 624 + (625,), None))", "r.setstate((3, (0,) * 624 + (-1,), None))",
    "r.setstate((3, (-1,) * 624 + (1,), None))", "r.setstate((3, (2**64,) * 624 + (1,), None))",
    "r.setstate((3, (1.5,) * 624 + (1,), None))", "r.setstate((3, (0,) * 624 + (1.0,), None))",
    "r.setstate((3, (0,) * 625))", "r.setstate(5)", "r.setstate((2, (-1,) * 625, None))",
    "r.setstate((2, (1.5,) * 625, None))", "r.setstate((2, ('a',) * 625, None))",
    "r.getrandbits(1.0)", "r.getrandbits(2**40)", "r.getrandbits(-2**40)", "r.getrandbits(2**31)",
    "r.getrandbits(-1)", "r.getrandbits('3')", "r.randbytes(-1)", "r.randbytes(1.0)", "r.randbytes(2**29)",
    "r.randrange(5, step=2)", "r.randrange(5, None, True)", "r.randrange(5, None, 1.0)",
    "r.randrange(5.0)", "r.randrange(0, 5.0)", "r.randrange(0, 5, 1.0)", "r.randrange(2.5)",
    "r.randrange('5')", "r.randrange(None)", "r.randrange(1, None, None)",
    "r.randrange(10, 0)", "r.randrange(-3)", "r.randrange(0)", "r.randrange(5, 5)",
    "r.randrange(5, 1, 2)", "r.randrange(0, 10, -1)", "r.randrange(1, 5, 0)",
    "r.randint(1.5, 3)", "r.randint(3, 1)", "r.randint(1, 2.0)", "r.randint('a', 'b')",
    "r.choice([])", "r.choice('')", "r.choice({})", "r.choice(set([1]))", "r.choice(5)",
    "r.choices([1, 2], 3)", "r.choices([1, 2], [1, 2], cum_weights=[1, 2])",
    "r.choices([1, 2], [0, 0])", "r.choices([1, 2], [1, float('inf')])", "r.choices([], k=2)",
    "r.choices([], [], k=2)", "r.choices([1, 2], [1, -1])", "r.choices([1, 2], [float('nan'), 1])",
    "r.choices([1], k=2.0)", "r.choices([1, 2], [1])", "r.choices([1, 2], cum_weights=[1])",
    "r.choices([1, 2], 'ab')", "r.choices(5)",
    "r.sample([1, 2], -1)", "r.sample([1, 2], 3)", "r.sample([1, 2], 2.0)", "r.sample(iter([1]), 1)",
    "r.sample([], 0, counts=[])", "r.sample([1, 2], 1, counts=[1])", "r.sample([1, 2], 1, counts=[1.0, 2])",
    "r.sample([1, 2], 1, counts=[0, 0])", "r.sample({1: 2}, 1)", "r.sample({1, 2}, 1)",
    "r.sample([1, 2], 3, counts=[1, 1])", "r.sample([1, 2])",
    "r.shuffle((1, 2))", "r.shuffle([1, 2], random)", "r.shuffle('ab')",
    "r.binomialvariate(-1)", "r.binomialvariate(5, 1.5)", "r.binomialvariate(5, -0.1)",
    "r.binomialvariate(100, float('nan'))",
    "r.gammavariate(0, 1)", "r.gammavariate(1, 0)", "r.gammavariate(-1, 1)", "r.betavariate(0, 1)",
    "r.betavariate(1, 0)", "r.expovariate(0)", "r.paretovariate(0)", "r.weibullvariate(1, 0)",
    "r.lognormvariate(0, 1e6)", "r.triangular('a', 'b')", "r.uniform('a', 1)",
]
for case in CASES:
    r.seed(5)
    try:
        value = eval(case)
        print(case, '->', repr(value)[:60])
    except Exception as e:
        print(case, '!!', type(e).__name__, str(e).replace('\n', '|'))
    print('   next', r.random(), r.getstate()[1][-1])

# a failed setstate leaves gauss_next set (it is unpacked first), as in CPython
r.seed(1)
try:
    r.setstate((3, (0,) * 3, 0.25))
except ValueError as e:
    print(e, r.gauss_next)
