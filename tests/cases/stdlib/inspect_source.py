# getsource / getsourcelines / findsource / getfile / getsourcefile / getmodule.
import inspect
import sys


def base(path):
    return path.rsplit('/', 1)[-1]


def f(a):
    x = 1
    # inner comment
    return x
    # trailing comment at body level

# after


def one_liner(): return 1
def another(): pass


class C:
    """doc"""
    def m(self):
        return [1,
  2]
    # comment in class

    @staticmethod
    def s(): pass

    async def am(self):
        await something()

    class Inner:
        def im(self):
            return '''
text at column 0
'''


def deco(x=None):
    if x is None:
        return deco
    return x


@deco
@deco(
)
def decorated(a,
              b):
    s = """
not indented
"""
    return s


lam = lambda x: (x +
    1)
lam2 = [lambda y: y][0]


def outer():
    class Local:
        def lm(self):
            pass
    def inner_fn():
        if True:
            return 1
        else:
            return 2
    return Local, inner_fn


def gen():
    yield 1
    if True:
        pass
    # end


if True:
    class InIf:
        x = 1


    def in_if():
        "In an if block."


class Multi(
    object,
    metaclass=type,
):
    x = 1
        # deeper comment
    y = 2


def with_backslash(a, \
                   b):
    return a + \
        b
x = 5

Local, inner_fn = outer()
for obj in [f, one_liner, another, C, C.m, C.s, C.am, C.Inner, C.Inner.im, decorated, lam, lam2,
            Local, Local.lm, inner_fn, gen, InIf, in_if, Multi, with_backslash, C().m]:
    try:
        lines, n = inspect.getsourcelines(obj)
        print(getattr(obj, '__qualname__', obj), n, repr(''.join(lines)))
        assert inspect.getsource(obj) == ''.join(lines)
        all_lines, lnum = inspect.findsource(obj)
        print('  findsource', lnum, all_lines[lnum] == lines[0])
    except Exception as e:
        print(type(e).__name__, e)

print('--- module and frame')
me = sys.modules[__name__]
lines, n = inspect.getsourcelines(me)
print(n, lines[0], len(lines) > 100, inspect.getsource(me) == ''.join(lines))
frame = sys._getframe()
lines, n = inspect.getsourcelines(frame)
print(n, lines[0])


def frame_of_function():
    return sys._getframe()


lines, n = inspect.getsourcelines(frame_of_function())
print(n, ''.join(lines))

print('--- files')
print(base(inspect.getfile(f)), base(inspect.getfile(C)), base(inspect.getfile(C.m)),
      base(inspect.getfile(C().m)), base(inspect.getfile(f.__code__)), base(inspect.getfile(frame)))
print(base(inspect.getsourcefile(f)), base(inspect.getfile(me)), base(inspect.getabsfile(f)))
try:
    raise KeyError
except KeyError as e:
    print(base(inspect.getfile(e.__traceback__)))
for bad in [len, 5, 'x', sys, int, [].append]:
    try:
        inspect.getfile(bad)
    except TypeError as e:
        print('TypeError', e)
for bad in [len, sys, int]:
    try:
        inspect.getsource(bad)
    except TypeError as e:
        print('TypeError', e)
    except OSError as e:
        print('OSError', e)
try:
    inspect.getsourcelines(5)
except TypeError as e:
    print('TypeError', e)

print('--- getmodule')
print(inspect.getmodule(f) is me, inspect.getmodule(C) is me, inspect.getmodule(C.m) is me)
print(inspect.getmodule(inspect.signature) is inspect, inspect.getmodule(me) is me)
print(inspect.getmodule(frame) is me, inspect.getmodule(f.__code__) is me)
print(inspect.getmodule(len).__name__, inspect.getmodule(int).__name__, inspect.getmodule(5))

print('--- getmodulename')
for p in ['/a/b/mod.py', 'mod.pyc', 'pkg/mod.cpython-312-x86_64-linux-gnu.so', 'x.abi3.so', 'y.so', 'readme.txt', 'noext', '.py']:
    print(p, inspect.getmodulename(p))

print('--- code defined by exec')
ns = {}
exec('def dyn(a):\n    return a\n', ns)
try:
    inspect.getsource(ns['dyn'])
except OSError as e:
    print('OSError', e)
print(ns['dyn'].__code__.co_filename)
