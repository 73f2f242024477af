# getfullargspec, getcallargs, getclosurevars, get_annotations.
import functools
import inspect


def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:
    pass


def g(x: int, y: 'str' = 'y', *, z: list = None):
    pass


def h():
    pass


class K:
    def m(self, a, b=2):
        pass

    @classmethod
    def cm(cls, a):
        pass

    @staticmethod
    def sm(a, *r):
        pass

    def __init__(self, q):
        pass

    def __repr__(self):
        return '<K>'


print('--- getfullargspec')
for obj in [f, g, h, K.m, K(0).m, K.cm, K.sm, K, lambda *a, **k: 0, functools.partial(f, 1, d=4)]:
    spec = inspect.getfullargspec(obj)
    print(spec)
spec = inspect.getfullargspec(f)
print(spec.args, spec.varargs, spec.varkw, spec.defaults, spec.kwonlyargs, spec.kwonlydefaults,
      spec.annotations, spec._fields)
for bad in [5, max]:
    try:
        inspect.getfullargspec(bad)
    except TypeError as e:
        print('TypeError', e, type(e.__cause__).__name__)


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@deco
def wrapped(p, q=0):
    pass


print(inspect.getfullargspec(wrapped))

print('--- getcallargs')


def c1(a, b, c=3, *args, d, e=5, **kw):
    pass


def c2(a, b=2):
    pass


def c3(a, b, c, d):
    pass


def c4(*, x, y, z):
    pass


def c5(a, *args):
    pass


def attempt(func, *args, **kwargs):
    try:
        print(' ', sorted(inspect.getcallargs(func, *args, **kwargs).items()))
    except TypeError as e:
        print('  TypeError', e)


attempt(c1, 1, 2, d=4)
attempt(c1, 1, 2, 3, 4, 5, d=6, e=7, f=8)
attempt(c1, 1, d=4)
attempt(c1, 1, 2)
attempt(c1, 1, 2, a=1, d=4)
attempt(c2, 1)
attempt(c2, 1, 2, 3)
attempt(c2)
attempt(c2, b=1)
attempt(c2, 1, z=1)
attempt(c3)
attempt(c3, 1)
attempt(c3, 1, 2, 3, 4, 5)
attempt(c3, 1, 2, 3, 4, 5, 6)
attempt(c4)
attempt(c4, x=1)
attempt(c4, 1, x=1, y=2, z=3)
attempt(c5)
attempt(c5, 1, 2, 3)
attempt(h, 1)
attempt(c2, 1, 2, 3, x=1)
attempt(K(0).m, 1)
attempt(K(0).m)
attempt(K.cm, 1)
attempt(K.sm, 1, 2)


def kwo(a, *, b):
    pass


attempt(kwo, 1, 2, b=3)

print('--- getclosurevars')
GLOBAL = 'global value'


def make():
    free = 'free value'
    unused = 0

    def inner(arg):
        import_ = len(arg)
        return free + GLOBAL + str(print) + arg.attribute + undefined_name
    return inner


cv = inspect.getclosurevars(make())
print(cv.nonlocals, cv.globals, sorted(cv.builtins), sorted(cv.unbound), cv._fields)


class Meth:
    def m(self):
        return GLOBAL


print(inspect.getclosurevars(Meth().m))
try:
    inspect.getclosurevars(len)
except TypeError as e:
    print('TypeError', e)

print('--- get_annotations')


class Ann:
    a: int
    b: 'str' = 'x'
    c: 'list[Ann]'


class NoAnn:
    pass


def fa(x: 'int', y: 'Ann' = None) -> 'NoAnn':
    pass


print(inspect.get_annotations(Ann))
print(inspect.get_annotations(Ann, eval_str=True))
print(inspect.get_annotations(NoAnn), inspect.get_annotations(h))
print(inspect.get_annotations(fa))
print(inspect.get_annotations(fa, eval_str=True))
print(inspect.get_annotations(fa, eval_str=True, globals={'Ann': 1, 'NoAnn': 2}))
print(inspect.get_annotations(fa, eval_str=True, locals={'int': 'INT'}))
print(inspect.get_annotations(deco(fa), eval_str=True))
print(inspect.get_annotations(functools.partial(fa)))
d = inspect.get_annotations(fa)
d['new'] = 1
print('new' in fa.__annotations__)
try:
    inspect.get_annotations(5)
except TypeError as e:
    print('TypeError', e)


def bad_ann():
    pass


bad_ann.__annotations__ = {'x': 'undefined_thing'}
try:
    inspect.get_annotations(bad_ann, eval_str=True)
except NameError as e:
    print('NameError', e)
print(inspect.signature(fa, eval_str=True))
print(inspect.signature(fa))
