# contextlib.contextmanager: generator-based context managers, their error cases, and use
# as a decorator (ContextDecorator).
from contextlib import contextmanager, ContextDecorator, AbstractContextManager


def show(e):
    print(type(e).__name__, e)


@contextmanager
def tag(name):
    """Print tags around the block."""
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)


with tag('a') as v:
    print('body', v)

print(tag.__name__, tag.__doc__)
cm = tag('b')
print(type(cm).__name__, cm.__doc__, isinstance(cm, AbstractContextManager),
      isinstance(cm, ContextDecorator))
print(tag.__wrapped__.__name__)

# An exception in the block goes through the generator's finally and propagates.
try:
    with tag('c'):
        raise ValueError('in body')
except ValueError as e:
    show(e)


# The generator can catch (suppress) the exception.
@contextmanager
def catching(*types):
    try:
        yield
    except types as e:
        print('generator caught', type(e).__name__, e)


with catching(KeyError):
    raise KeyError('k')
print('after suppressed')
try:
    with catching(KeyError):
        raise IndexError('not caught')
except IndexError as e:
    show(e)


# The generator can replace the exception; the new one chains to the original.
@contextmanager
def translating():
    try:
        yield
    except KeyError as e:
        raise LookupError('translated') from e


try:
    with translating():
        raise KeyError('orig')
except LookupError as e:
    show(e)
    print('cause', repr(e.__cause__), 'context', repr(e.__context__))


@contextmanager
def replacing_no_from():
    try:
        yield
    except ValueError:
        raise TypeError('replaced')


try:
    with replacing_no_from():
        raise ValueError('first')
except TypeError as e:
    show(e)
    print('context', repr(e.__context__))


# The generator re-raising the same exception.
@contextmanager
def reraising():
    try:
        yield
    except Exception as e:
        print('saw', repr(e))
        raise


try:
    with reraising():
        raise ZeroDivisionError('zd')
except ZeroDivisionError as e:
    show(e)
    print('context', repr(e.__context__))


# Protocol errors.
@contextmanager
def no_yield():
    if False:
        yield
    print('no_yield ran')


try:
    with no_yield():
        print('not reached')
except RuntimeError as e:
    show(e)
    print('context', repr(e.__context__), e.__suppress_context__)


@contextmanager
def two_yields():
    yield 1
    print('second part')
    yield 2


try:
    with two_yields() as x:
        print('x', x)
except RuntimeError as e:
    show(e)

try:
    with two_yields():
        raise ValueError('v')
except (RuntimeError, ValueError) as e:
    show(e)
    print('context', repr(e.__context__))


@contextmanager
def yields_after_catch():
    try:
        yield
    except ValueError:
        print('caught, yielding again')
        yield
    finally:
        print('cleanup runs on close')


try:
    with yields_after_catch():
        raise ValueError('once')
except RuntimeError as e:
    show(e)


# StopIteration raised in the block propagates as itself (not swallowed).
try:
    with tag('s'):
        raise StopIteration('stop in body')
except StopIteration as e:
    show(e)
except RuntimeError as e:
    print('wrong: RuntimeError', e)


@contextmanager
def catching_stop():
    try:
        yield
    except StopIteration:
        print('generator saw StopIteration')


with catching_stop():
    raise StopIteration('caught')
print('after catching_stop')


# A StopIteration escaping the generator's own code becomes RuntimeError.
@contextmanager
def raises_stop_after():
    yield
    raise StopIteration('from generator')


try:
    with raises_stop_after():
        pass
except RuntimeError as e:
    show(e)
    print('cause', repr(e.__cause__))


# A RuntimeError in the block propagates unchanged.
try:
    with tag('r'):
        raise RuntimeError('plain runtime error')
except RuntimeError as e:
    show(e)


@contextmanager
def wrap_runtime():
    try:
        yield
    except RuntimeError as e:
        raise RuntimeError('wrapped') from e


try:
    with wrap_runtime():
        raise RuntimeError('inner')
except RuntimeError as e:
    show(e)
    print('cause', repr(e.__cause__))


# GeneratorExit / BaseException subclasses thrown in.
@contextmanager
def report():
    try:
        yield
    except BaseException as e:
        print('report', type(e).__name__)
        raise


for exc in (KeyboardInterrupt(), SystemExit(2), GeneratorExit()):
    try:
        with report():
            raise exc
    except BaseException as e:
        print('propagated', type(e).__name__, e is exc)


# Exception raised in the setup part propagates from __enter__.
@contextmanager
def fails_setup():
    raise OSError('setup failed')
    yield


try:
    with fails_setup():
        print('not reached')
except OSError as e:
    show(e)


# Calling __exit__ directly, with a type but no instance.
cm = catching(ValueError)
cm.__enter__()
print(cm.__exit__(ValueError, None, None))
cm = tag('d')
cm.__enter__()
print(cm.__exit__(None, None, None))
cm = tag('e')
cm.__enter__()
err = KeyError('direct')
print(cm.__exit__(KeyError, err, None))

# A manager cannot be entered twice.
cm = tag('once')
with cm:
    pass
try:
    with cm:
        pass
except AttributeError as e:
    print('AttributeError')

# Arguments are passed to the generator function.
@contextmanager
def args_kwargs(*args, **kwargs):
    yield (args, sorted(kwargs.items()))


with args_kwargs(1, 2, z=3, a=4) as got:
    print(got)


# As a decorator: a fresh generator for every call.
@contextmanager
def logged(label):
    print('enter', label)
    yield
    print('exit', label)


@logged('deco')
def work(x, y=10):
    """Work docstring."""
    print('work', x, y)
    return x + y


print(work(1), work(2, y=3))
print(work.__name__, work.__doc__)


@catching(ZeroDivisionError)
def divide(a, b):
    return a / b


print(divide(6, 3), divide(1, 0))


# A ContextDecorator subclass.
class announce(ContextDecorator):
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print('start', self.name)
        return self

    def __exit__(self, *exc):
        print('finish', self.name, exc[0].__name__ if exc[0] else None)
        return False


@announce('job')
def job(n):
    if n < 0:
        raise ValueError('negative')
    return n * 2


print(job(4))
try:
    job(-1)
except ValueError as e:
    show(e)
with announce('block') as a:
    print('inside', a.name)


# Nested generator managers and the order of cleanup.
with tag('outer'), tag('inner') as inner:
    print('nested body', inner)


# A generator function whose result is not a generator.
@contextmanager
def not_a_generator():
    return 42


try:
    with not_a_generator():
        pass
except TypeError as e:
    show(e)
