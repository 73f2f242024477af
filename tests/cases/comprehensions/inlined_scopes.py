# List/set/dict comprehensions in functions are inlined (PEP 709): their variables are
# isolated from the function's, closures still capture them, and tracebacks show no
# comprehension frame.
import sys
import traceback


def shadow():
    x = 5
    y = [x for x in range(3)]
    return x, y


def captured():
    fs = [lambda: x for x in range(3)]
    return [f() for f in fs]


def nested():
    return [[x * y for y in range(3)] for x in range(3)]


def walrus():
    r = [last := x * 2 for x in range(4)]
    return last, r


class Base:
    def who(self):
        return "base"


class Child(Base):
    def who(self):
        return [super().who() + str(i) for i in range(2)]


def shared_with_closure():
    z = 1
    g = lambda: z
    res = [z for _ in range(2)]
    z = 7
    return res, g()


def outer_cell_shadowed():
    x = 1
    g = lambda: x
    l = [x for x in range(3)]
    return x, g(), l


def nested_lambdas():
    fs = [[lambda: (x, y) for y in range(2)] for x in range(2)]
    return [[f() for f in row] for row in fs]


def after_loop():
    [q for q in range(3)]
    try:
        return q
    except NameError as e:
        return "NameError: " + str(e)


def in_generator():
    for i in range(2):
        yield {k: k * i for k in "ab"}


def in_try():
    try:
        return [1 / x for x in (1, 0)]
    except ZeroDivisionError:
        tb = traceback.extract_tb(sys.exc_info()[2])
        return [f.name for f in tb]


def locals_inside():
    outer = 1
    return [sorted(locals()) for _ in range(1)][0], sorted(locals())


def set_and_dict():
    s = {c.upper() for c in "hello"}
    d = {k: v for k, v in zip("abc", range(3)) if v}
    return sorted(s), d


def conditions_and_multiple_fors():
    return [(a, b) for a in range(4) if a % 2 for b in range(a) if b != 1]


def in_lambda():
    f = lambda n: [i * i for i in range(n)]
    return f(4)


def class_in_function():
    k = 3

    class C:
        vals = [i for i in range(3)]
        got = [k for _ in range(2)]

    return C.vals, C.got


def varnames():
    def f(a):
        b = [c for c in a]
        return b
    return f.__code__.co_varnames[:1], f([1, 2])


def deep():
    return [[[i + j + k for k in range(2)] for j in range(2)] for i in range(2)]


def unpack_targets():
    return [a + b for a, (b, _) in [(1, (2, 3)), (4, (5, 6))]]


for fn in (shadow, captured, nested, walrus, Child().who, shared_with_closure,
           outer_cell_shadowed, nested_lambdas, after_loop, lambda: list(in_generator()),
           in_try, locals_inside, set_and_dict, conditions_and_multiple_fors, in_lambda,
           class_in_function, varnames, deep, unpack_targets):
    print(fn())


def failing():
    return [1 / x for x in (2, 0)]


failing()
