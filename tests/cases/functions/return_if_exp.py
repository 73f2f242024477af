# `return a if c else b` (compiled as a branch per value): values, nesting, constants,
# walrus, generators, and the lines of errors raised in the test or in either branch.
import traceback


class C:
    def __init__(self, d):
        self.d = d
        self.a = "A"

    def pick(self):
        return self.a if self.d == 1 else self.missing

    def nested(self, x):
        return "neg" if x < 0 else "zero" if x == 0 else self.a if x == 1 else x * 2


def consts(x):
    return None if x else 0


def walrus(xs):
    return (n := len(xs)) if xs else n if False else -1


def gen(flag):
    yield 1
    return "done" if flag else "not done"


def multi(o):
    return (o.first
            if o.flag
            else o.second)


def cond_raises(o):
    return 1 if o.nope else 2


for d in (1, 2):
    try:
        print(C(d).pick())
    except AttributeError as e:
        print("AttributeError", e)
        print(traceback.extract_tb(e.__traceback__)[-1].lineno)

c = C(1)
print([c.nested(x) for x in (-3, 0, 1, 5)])
print(consts(True), consts(False))
print(walrus([1, 2, 3]), walrus([]))
for flag in (True, False):
    g = gen(flag)
    next(g)
    try:
        next(g)
    except StopIteration as e:
        print("stop", e.value)


class O:
    flag = False
    first = 1


try:
    multi(O())
except AttributeError as e:
    print("multi", e, traceback.extract_tb(e.__traceback__)[-1].lineno)
try:
    cond_raises(O())
except AttributeError as e:
    print("cond", e, traceback.extract_tb(e.__traceback__)[-1].lineno)


def in_try(x):
    try:
        return x.v if x else "none"
    finally:
        print("finally")


print(in_try(None))
print(multi(type("P", (), {"flag": True, "first": 11})()))
