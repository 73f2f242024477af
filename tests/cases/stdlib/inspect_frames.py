# currentframe, stack, getframeinfo, getouterframes, getinnerframes, trace,
# getargvalues / formatargvalues, getlineno.
import inspect
import sys


def base(path):
    return path.rsplit('/', 1)[-1]


def describe(info):
    ctx = None if info.code_context is None else [l.strip() for l in info.code_context]
    return (base(info.filename), info.lineno, info.function, ctx, info.index)


def level2(n):
    frame = inspect.currentframe()
    print('current', frame.f_code.co_name, inspect.getlineno(frame) == frame.f_lineno)
    print('info', describe(inspect.getframeinfo(frame)))
    print('info ctx3', describe(inspect.getframeinfo(frame, context=3)))
    print('info ctx0', describe(inspect.getframeinfo(frame, context=0)))
    for rec in inspect.stack():
        print('stack', describe(rec), rec.frame.f_code.co_name == rec.function, rec[3] == rec.function)
    outer = inspect.getouterframes(frame, 2)
    print('outer', [describe(r)[:3] for r in outer])
    return n


def level1(a, b=2, *rest, key=None, **extra):
    local_var = 'x'
    return level2(a)


level1(1, 3, 4, key='k', z=9)

print('--- types and fields')
info = inspect.getframeinfo(sys._getframe())
print(type(info).__name__, info._fields, len(info), info.lineno)
print(isinstance(info, tuple), info[1] == info.lineno, hasattr(info, 'positions'),
      info.positions.lineno == info.lineno)
rec = inspect.stack()[0]
print(type(rec).__name__, rec._fields, len(rec), base(rec.filename), rec.lineno, rec.index)
print(inspect.FrameInfo.__mro__[1].__name__, inspect.Traceback.__mro__[1].__name__)

print('--- tracebacks')


def fail(n):
    if n == 0:
        raise ValueError('deep')
    fail(n - 1)


try:
    fail(2)
except ValueError as e:
    tb = e.__traceback__
    print('getframeinfo(tb)', describe(inspect.getframeinfo(tb)))
    for r in inspect.getinnerframes(tb):
        print('inner', describe(r))
    for r in inspect.trace():
        print('trace', describe(r)[:3])
    print(len(inspect.trace(0)), inspect.trace(0)[0].code_context)

try:
    inspect.getframeinfo(5)
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)


class FakeFrame:
    f_lineno = 3
    f_lasti = 0
    f_code = (lambda: 0).__code__


try:
    inspect.getframeinfo(FakeFrame())
except TypeError as e:
    print('TypeError', str(e).split(' at ')[0])

print('--- getargvalues')


def args_func(a, b, *va, c, d=4, **kw):
    x = a + b
    return inspect.getargvalues(inspect.currentframe())


ai = args_func(1, 2, 3, c=5, e=6)
print(ai.args, ai.varargs, ai.keywords, sorted(ai.locals))
print(type(ai).__name__, ai._fields)
print(inspect.formatargvalues(*ai))
print(inspect.formatargvalues(ai.args, ai.varargs, ai.keywords, ai.locals,
                              formatvalue=lambda v: ':' + str(v)))
print(inspect.getargs(args_func.__code__))
print(inspect.getargs((lambda: 0).__code__))
try:
    inspect.getargs(args_func)
except TypeError as e:
    print('TypeError', str(e).split(' at ')[0])

print('--- module frame')
mf = sys._getframe()
print(inspect.getframeinfo(mf).function, mf.f_back is None)
