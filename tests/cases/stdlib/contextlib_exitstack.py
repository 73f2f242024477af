# contextlib.ExitStack: enter_context, push, callback, pop_all, close, suppression and
# the order callbacks run in.
from contextlib import ExitStack, contextmanager, AbstractContextManager, nullcontext


def show(e):
    print(type(e).__name__, e)


class Resource:
    def __init__(self, name, suppress=False, fail=None):
        self.name = name
        self.suppress = suppress
        self.fail = fail

    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()

    def __exit__(self, typ, val, tb):
        print('exit', self.name, typ.__name__ if typ else None, repr(val))
        if self.fail is not None:
            raise self.fail
        return self.suppress


# enter_context returns __enter__'s value; exits run in reverse order.
with ExitStack() as stack:
    print(isinstance(stack, AbstractContextManager), type(stack).__name__)
    values = [stack.enter_context(Resource(n)) for n in ('a', 'b', 'c')]
    print(values)
print('---')

# callback: arguments are stored; returns the callback; sees no exception.
def cb(*args, **kwargs):
    print('callback', args, sorted(kwargs.items()))


with ExitStack() as stack:
    print(stack.callback(cb, 1, 2, key='v') is cb)
    stack.callback(cb)
    stack.callback(print, 'printed by callback')
print('---')

# callback as a decorator; __wrapped__ on the stored wrapper.
with ExitStack() as stack:
    @stack.callback
    def cleanup():
        print('decorated cleanup')
    is_sync, wrapper = stack._exit_callbacks[-1]
    print(is_sync, wrapper.__wrapped__ is cleanup)
print('---')

# callback with keyword arguments named like its own parameters.
with ExitStack() as stack:
    stack.callback(cb, callback='x', self='y')
print('---')

# push: an exit function receives the exception details and can suppress.
def exit_fn(typ, val, tb):
    print('exit_fn', typ.__name__ if typ else None, repr(val), tb is not None)
    return isinstance(val, KeyError)


with ExitStack() as stack:
    print(stack.push(exit_fn) is exit_fn)
    raise KeyError('suppressed by exit_fn')
print('after suppression')

# push of a context manager registers its __exit__ without entering it.
r = Resource('pushed')
with ExitStack() as stack:
    print(stack.push(r) is r)
print('---')

# Suppression by one callback: the ones after it see no exception.
with ExitStack() as stack:
    stack.enter_context(Resource('outer'))
    stack.enter_context(Resource('suppressor', suppress=True))
    stack.enter_context(Resource('inner'))
    raise ValueError('boom')
print('---')

# A callback replacing the exception; the following ones see the new one.
try:
    with ExitStack() as stack:
        stack.enter_context(Resource('outer'))
        stack.enter_context(Resource('replacer', fail=TypeError('replaced')))
        raise ValueError('original')
except TypeError as e:
    show(e)
    print('context', repr(e.__context__))
print('---')

# A callback raising when there was no exception.
try:
    with ExitStack() as stack:
        stack.enter_context(Resource('outer'))
        stack.enter_context(Resource('raiser', fail=OSError('in exit')))
except OSError as e:
    show(e)
    print('context', repr(e.__context__))
print('---')

# A later callback suppressing an exception raised by an earlier one.
with ExitStack() as stack:
    stack.enter_context(Resource('outer', suppress=True))
    stack.enter_context(Resource('raiser', fail=OSError('in exit')))
print('suppressed the exit error')
print('---')

# pop_all moves the callbacks to a new stack (same type).
class MyStack(ExitStack):
    pass


with MyStack() as stack:
    stack.callback(cb, 'moved')
    stack.enter_context(Resource('moved-res'))
    moved = stack.pop_all()
    print(type(moved).__name__, len(stack._exit_callbacks))
print('old stack exited: nothing ran')
moved.close()
print('---')

# The pop_all idiom: keep resources only if setup succeeds.
def open_all(names, fail_at=None):
    with ExitStack() as stack:
        got = []
        for n in names:
            if n == fail_at:
                raise RuntimeError('setup failed at ' + n)
            got.append(stack.enter_context(Resource(n)))
        return got, stack.pop_all()


got, keep = open_all(['x', 'y'])
print(got)
with keep:
    print('using', got)
try:
    open_all(['p', 'q', 'r'], fail_at='r')
except RuntimeError as e:
    show(e)
print('---')

# close() runs everything once; the stack is then empty and reusable.
stack = ExitStack()
stack.callback(cb, 'closed')
stack.close()
stack.close()
stack.callback(cb, 'reused')
stack.close()
print('---')

# enter_context error for objects that are not context managers.
class OnlyEnter:
    def __enter__(self):
        return self


class AsyncOnly:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        pass


with ExitStack() as stack:
    for obj in (42, None, 'text', OnlyEnter(), AsyncOnly(), ExitStack, [1]):
        try:
            stack.enter_context(obj)
        except TypeError as e:
            show(e)
    print(len(stack._exit_callbacks))

# An exception from __enter__ leaves nothing pushed.
class BadEnter:
    def __enter__(self):
        raise ValueError('enter failed')

    def __exit__(self, *exc):
        print('never')


with ExitStack() as stack:
    try:
        stack.enter_context(BadEnter())
    except ValueError as e:
        show(e)
    print(len(stack._exit_callbacks))
print('---')

# Generator-based managers and nullcontext inside a stack.
@contextmanager
def gen(name):
    print('gen enter', name)
    try:
        yield name
    except ZeroDivisionError:
        print('gen', name, 'suppresses ZeroDivisionError')
    finally:
        print('gen exit', name)


with ExitStack() as stack:
    print(stack.enter_context(gen('g1')), stack.enter_context(nullcontext('n')))
    stack.enter_context(gen('g2'))
    1 / 0
print('---')

# Return value of __exit__ called directly.
stack = ExitStack()
stack.push(lambda *exc: True)
print(stack.__exit__(ValueError, ValueError('x'), None))
stack = ExitStack()
stack.push(lambda *exc: True)
print(stack.__exit__(None, None, None))
stack = ExitStack()
print(stack.__exit__(ValueError, ValueError('x'), None))
print(stack.__enter__() is stack)

# Many callbacks.
with ExitStack() as stack:
    for i in range(5):
        stack.callback(print, 'cleanup', i)
