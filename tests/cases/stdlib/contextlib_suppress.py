# contextlib.suppress (with exception groups), closing, nullcontext, redirect_stdout,
# redirect_stderr and the AbstractContextManager ABCs.
import sys
from contextlib import (suppress, closing, nullcontext, redirect_stdout, redirect_stderr,
                        AbstractContextManager, AbstractAsyncContextManager, ExitStack)


def show(e):
    print(type(e).__name__, e)


def describe(e):
    if isinstance(e, BaseExceptionGroup):
        return '%s(%r, [%s])' % (type(e).__name__, e.message,
                                 ', '.join(describe(x) for x in e.exceptions))
    return repr(e)


# suppress
with suppress(ValueError):
    int('x')
print('suppressed ValueError')
with suppress(KeyError, IndexError):
    [][1]
print('suppressed IndexError')
with suppress(LookupError):
    {}['missing']
print('suppressed subclass')
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    show(e)
with suppress():
    print('suppress() with no exception types')
try:
    with suppress():
        raise ValueError('not suppressed by suppress()')
except ValueError as e:
    show(e)
with suppress(ValueError) as s:
    print('as target', s)
with suppress(BaseException):
    raise SystemExit(3)
print('SystemExit suppressed')

# suppress is reentrant and reusable.
quiet = suppress(KeyError)
with quiet:
    with quiet:
        raise KeyError('inner')
    raise KeyError('outer')
print('reused')

# Exception groups: matching leaves are removed, the rest re-raised.
with suppress(ValueError):
    raise ExceptionGroup('all match', [ValueError(1), ValueError(2)])
print('whole group suppressed')
try:
    with suppress(ValueError):
        raise ExceptionGroup('mixed', [ValueError(1), TypeError(2), ValueError(3)])
except ExceptionGroup as e:
    print('rest', describe(e))
    print('context', describe(e.__context__))
try:
    with suppress(ValueError):
        raise ExceptionGroup('outer', [ExceptionGroup('inner', [ValueError(1), KeyError(2)]),
                                       ValueError(3)])
except ExceptionGroup as e:
    print('nested rest', describe(e))
try:
    with suppress(OSError):
        raise ExceptionGroup('none match', [ValueError(1)])
except ExceptionGroup as e:
    print('unchanged', describe(e))
with suppress(ExceptionGroup):
    raise ExceptionGroup('group type itself', [ValueError(1)])
print('suppressed by group type')
with suppress(KeyboardInterrupt):
    raise BaseExceptionGroup('base', [KeyboardInterrupt()])
print('base group suppressed')
try:
    with suppress(KeyboardInterrupt):
        raise BaseExceptionGroup('base', [KeyboardInterrupt(), SystemExit(1)])
except BaseExceptionGroup as e:
    print('base rest', describe(e))

# Direct calls of __exit__.
s = suppress(ValueError)
print(s.__exit__(None, None, None), s.__exit__(ValueError, ValueError(), None),
      s.__exit__(KeyError, KeyError(), None))
print(isinstance(s, AbstractContextManager))


# closing
class Thing:
    def __init__(self, name):
        self.name = name

    def close(self):
        print('closed', self.name)


with closing(Thing('a')) as t:
    print('using', t.name)
try:
    with closing(Thing('b')):
        raise ValueError('closing still closes')
except ValueError as e:
    show(e)
c = closing(Thing('c'))
print(c.thing.name, c.__enter__().name)
c.__exit__(None, None, None)
try:
    with closing(42):
        pass
except AttributeError as e:
    show(e)


def gen():
    try:
        yield 1
        yield 2
    finally:
        print('generator closed')


with closing(gen()) as g:
    print(next(g))

# nullcontext
with nullcontext() as v:
    print('nullcontext', v)
with nullcontext(42) as v:
    print('nullcontext', v)
obj = [1, 2]
with nullcontext(obj) as v:
    print(v is obj)
try:
    with nullcontext():
        raise KeyError('not suppressed')
except KeyError as e:
    show(e)
n = nullcontext('x')
print(n.enter_result, n.__exit__(None, None, None))


def process(cm=None):
    with cm if cm is not None else nullcontext('default') as got:
        print('process', got)


process()
process(nullcontext('given'))


# redirect_stdout / redirect_stderr
class Collect:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass

    def getvalue(self):
        return ''.join(self.parts)


buf = Collect()
original = sys.stdout
with redirect_stdout(buf) as target:
    print('captured line')
    print('second', 'line', sep='-')
    sys.stdout.write('direct write\n')
    print(target is buf, sys.stdout is buf)
print(sys.stdout is original)
print(repr(buf.getvalue()))

# Reentrant and nested.
outer, inner = Collect(), Collect()
r = redirect_stdout(outer)
with r:
    print('to outer')
    with redirect_stdout(inner):
        print('to inner')
    with r:
        print('outer again')
    print('outer after')
print(repr(outer.getvalue()), repr(inner.getvalue()))

# Restored after an exception.
try:
    with redirect_stdout(Collect()):
        raise ValueError('restored')
except ValueError as e:
    show(e)
print(sys.stdout is original)

err = Collect()
original_err = sys.stderr
with redirect_stderr(err):
    print('to stderr', file=sys.stderr)
    sys.stderr.write('written\n')
print(sys.stderr is original_err, repr(err.getvalue()))

# redirect_stdout(None) sets sys.stdout to None.
with redirect_stdout(None):
    none_inside = sys.stdout
print(none_inside, sys.stdout is original)

# Together with ExitStack.
cap = Collect()
with ExitStack() as stack:
    stack.enter_context(redirect_stdout(cap))
    print('inside stack')
print(repr(cap.getvalue()))


# AbstractContextManager / AbstractAsyncContextManager
class Sync:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None


class Async:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return None


class NoExit:
    def __enter__(self):
        return self


class Disabled(Sync):
    __exit__ = None


print(issubclass(Sync, AbstractContextManager), isinstance(Sync(), AbstractContextManager))
print(issubclass(Async, AbstractContextManager), issubclass(NoExit, AbstractContextManager))
print(issubclass(Disabled, AbstractContextManager), issubclass(int, AbstractContextManager))
print(issubclass(Async, AbstractAsyncContextManager), issubclass(Sync, AbstractAsyncContextManager))
print(issubclass(nullcontext, AbstractAsyncContextManager), isinstance(suppress(), AbstractContextManager))


class Minimal(AbstractContextManager):
    def __exit__(self, *exc):
        print('Minimal exit')


with Minimal() as m:
    print('default __enter__ returns self', type(m).__name__)

try:
    AbstractContextManager()
except TypeError as e:
    show(e)


class Incomplete(AbstractContextManager):
    pass


try:
    Incomplete()
except TypeError as e:
    show(e)


class AIncomplete(AbstractAsyncContextManager):
    pass


try:
    AIncomplete()
except TypeError as e:
    show(e)


class AMinimal(AbstractAsyncContextManager):
    async def __aexit__(self, *exc):
        return None


coro = AMinimal().__aenter__()
try:
    coro.send(None)
except StopIteration as e:
    print('default __aenter__ returns self', type(e.value).__name__)


# A subclass with its own __subclasshook__ is not affected by the parent's hook.
class Sub(AbstractContextManager):
    def __exit__(self, *exc):
        pass


print(issubclass(Sync, Sub), issubclass(Sub, AbstractContextManager))
print(AbstractContextManager[int], AbstractAsyncContextManager[str])
print(AbstractContextManager.__exit__(None, None, None, None))
