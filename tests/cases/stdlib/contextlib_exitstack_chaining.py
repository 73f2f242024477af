# ExitStack chains the exceptions raised by its callbacks through __context__ as nested
# with statements would (including CPython's behaviour when no exception was active).
from contextlib import ExitStack


def chain(e):
    out = []
    seen = 0
    while e is not None and seen < 10:
        out.append(repr(e) + ('!' if e.__suppress_context__ else ''))
        e = e.__context__
        seen += 1
    return ' <- '.join(out)


def raiser(exc):
    def cb(*details):
        raise exc
    return cb


class Raise:
    def __init__(self, exc):
        self.exc = exc

    def __enter__(self):
        return self

    def __exit__(self, *details):
        raise self.exc


def with_stack(body_exc, *excs):
    with ExitStack() as stack:
        for e in excs:
            stack.push(raiser(e))
        if body_exc is not None:
            raise body_exc


def nested(body_exc, a, b):
    with Raise(a):
        with Raise(b):
            if body_exc is not None:
                raise body_exc


# Body exception, two raising callbacks: same chain as nested with statements.
for fn in (with_stack, nested):
    try:
        fn(TypeError(0), ValueError(1), KeyError(2))
    except Exception as e:
        print(fn.__name__, chain(e))

# No body exception.
for fn in (with_stack, nested):
    try:
        fn(None, ValueError(1), KeyError(2))
    except Exception as e:
        print(fn.__name__, 'no body exc:', chain(e))

# Inside an outer exception handler.
try:
    raise OSError('outer')
except OSError:
    for body in (TypeError(0), None):
        for fn in (with_stack, nested):
            try:
                fn(body, ValueError(1), KeyError(2))
            except Exception as e:
                print(fn.__name__, 'in handler:', chain(e))

# close() without an active exception (CPython keeps only the last exception's own
# context here).
stack = ExitStack()
stack.callback(raiser(ValueError(1)))
stack.callback(raiser(KeyError(2)))
try:
    stack.close()
except Exception as e:
    print('close:', chain(e))

# One raising callback.
try:
    with ExitStack() as stack:
        stack.callback(raiser(ValueError('only')))
        raise TypeError('body')
except ValueError as e:
    print('one:', chain(e))

# A callback whose exception already has its own context chain.
def complicated(*details):
    try:
        raise IndexError('internal')
    except IndexError:
        raise LookupError('from complicated')


try:
    with ExitStack() as stack:
        stack.push(raiser(ValueError(1)))
        stack.push(complicated)
        raise TypeError(0)
except Exception as e:
    print('complicated:', chain(e))

# raise ... from None in a callback keeps __context__ but suppresses its display.
def from_none(*details):
    raise KeyError('from none') from None


try:
    with ExitStack() as stack:
        stack.push(raiser(ValueError(1)))
        stack.push(from_none)
        raise TypeError(0)
except Exception as e:
    print('from None:', chain(e))

# A suppressing callback after raising ones: nothing propagates.
with ExitStack() as stack:
    stack.push(lambda *d: True)
    stack.push(raiser(ValueError(1)))
    stack.push(raiser(KeyError(2)))
    raise TypeError(0)
print('all suppressed')

# Suppressed, then a fresh exception: its context is the suppressed one's absence.
try:
    with ExitStack() as stack:
        stack.push(raiser(ValueError('after suppression')))
        stack.push(lambda *d: True)
        raise TypeError(0)
except Exception as e:
    print('after suppression:', chain(e))

# The same exception object re-raised by a callback.
def reraise(typ, val, tb):
    if val is not None:
        raise val


try:
    with ExitStack() as stack:
        stack.push(reraise)
        stack.push(reraise)
        raise TypeError('same')
except Exception as e:
    print('reraised:', chain(e))

# Three levels.
try:
    with ExitStack() as stack:
        stack.push(raiser(ValueError(1)))
        stack.push(raiser(KeyError(2)))
        stack.push(raiser(IndexError(3)))
        raise TypeError(0)
except Exception as e:
    print('three:', chain(e))
