# contextlib's async parts, driven without an event loop (coro.send(None) until
# StopIteration): asynccontextmanager, AsyncContextDecorator, AsyncExitStack, aclosing,
# nullcontext as an async context manager.
from contextlib import (asynccontextmanager, AsyncExitStack, aclosing, nullcontext,
                        AsyncContextDecorator, AbstractAsyncContextManager)


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


def show(e):
    print(type(e).__name__, e)


@asynccontextmanager
async def atag(name):
    """Async tags."""
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)


@asynccontextmanager
async def acatching(*types):
    try:
        yield
    except types as e:
        print('generator caught', type(e).__name__, e)


@asynccontextmanager
async def no_yield():
    if False:
        yield


@asynccontextmanager
async def two_yields():
    yield 1
    yield 2


@asynccontextmanager
async def yield_again():
    try:
        yield
    except ValueError:
        yield


@asynccontextmanager
async def translating():
    try:
        yield
    except KeyError as e:
        raise LookupError('translated') from e


async def basics():
    async with atag('a') as v:
        print('body', v)
    cm = atag('x')
    print(type(cm).__name__, cm.__doc__, isinstance(cm, AbstractAsyncContextManager))
    print(atag.__name__, atag.__doc__)
    try:
        async with atag('b'):
            raise ValueError('in body')
    except ValueError as e:
        show(e)
    async with acatching(KeyError):
        raise KeyError('k')
    print('suppressed')
    try:
        async with acatching(KeyError):
            raise IndexError('i')
    except IndexError as e:
        show(e)
    try:
        async with translating():
            raise KeyError('orig')
    except LookupError as e:
        show(e)
        print('cause', repr(e.__cause__))
    try:
        async with no_yield():
            pass
    except RuntimeError as e:
        show(e)
    try:
        async with two_yields():
            pass
    except RuntimeError as e:
        show(e)
    try:
        async with yield_again():
            raise ValueError('v')
    except RuntimeError as e:
        show(e)
    for exc in (StopIteration('si'), StopAsyncIteration('sai'), RuntimeError('rt')):
        try:
            async with atag('s'):
                raise exc
        except BaseException as e:
            print('propagated', type(e).__name__, e is exc)
    cm = acatching(ValueError)
    await cm.__aenter__()
    print(await cm.__aexit__(ValueError, None, None))
    cm = atag('once')
    async with cm:
        pass
    try:
        async with cm:
            pass
    except AttributeError:
        print('AttributeError')
    return 'basics done'


print(run(basics()))


# asynccontextmanager as a decorator of coroutine functions.
@asynccontextmanager
async def alogged(label):
    print('enter', label)
    yield
    print('exit', label)


@alogged('deco')
async def work(x):
    """Work docstring."""
    print('work', x)
    return x * 2


print(run(work(3)), run(work(4)))
print(work.__name__, work.__doc__)


class timer(AsyncContextDecorator):
    async def __aenter__(self):
        print('timer start')
        return self

    async def __aexit__(self, *exc):
        print('timer stop', exc[0].__name__ if exc[0] else None)
        return False


@timer()
async def timed(fail):
    if fail:
        raise KeyError('fail')
    return 'ok'


print(run(timed(False)))
try:
    run(timed(True))
except KeyError as e:
    show(e)


# aclosing with an async generator.
async def numbers():
    try:
        for i in range(10):
            yield i
    finally:
        print('numbers closed')


class Closeable:
    async def aclose(self):
        print('aclose called')


async def use_aclosing():
    async with aclosing(numbers()) as agen:
        async for n in agen:
            if n == 2:
                break
            print('n', n)
    print('after aclosing')
    c = Closeable()
    async with aclosing(c) as got:
        print(got is c)
    try:
        async with aclosing(Closeable()):
            raise ValueError('still closes')
    except ValueError as e:
        show(e)


run(use_aclosing())


# nullcontext is also an async context manager.
async def use_null():
    async with nullcontext(5) as v:
        print('null async', v)
    async with nullcontext() as v:
        print('null async', v)


run(use_null())


# AsyncExitStack.
class ARes:
    def __init__(self, name, suppress=False, fail=None):
        self.name = name
        self.suppress = suppress
        self.fail = fail

    async def __aenter__(self):
        print('aenter', self.name)
        return self.name

    async def __aexit__(self, typ, val, tb):
        print('aexit', self.name, typ.__name__ if typ else None)
        if self.fail is not None:
            raise self.fail
        return self.suppress


class SRes:
    def __enter__(self):
        print('sync enter')
        return 'sync'

    def __exit__(self, typ, val, tb):
        print('sync exit', typ.__name__ if typ else None)


async def acb(*args, **kwargs):
    print('async callback', args, sorted(kwargs.items()))


def scb(*args):
    print('sync callback', args)


async def aexit_fn(typ, val, tb):
    print('async exit fn', typ.__name__ if typ else None)
    return isinstance(val, KeyError)


async def use_stack():
    async with AsyncExitStack() as stack:
        print(type(stack).__name__, isinstance(stack, AbstractAsyncContextManager))
        print(await stack.enter_async_context(ARes('r1')))
        print(stack.enter_context(SRes()))
        print(stack.push_async_callback(acb, 1, k=2) is acb)
        print(stack.callback(scb, 'x') is scb)
        print(stack.push_async_exit(aexit_fn) is aexit_fn)
        r = ARes('pushed')
        print(stack.push_async_exit(r) is r)
        print(await stack.enter_async_context(ARes('r2')))
        raise KeyError('suppressed by aexit_fn')
    print('after stack')

    async with AsyncExitStack() as stack:
        await stack.enter_async_context(ARes('outer'))
        await stack.enter_async_context(ARes('suppressor', suppress=True))
        await stack.enter_async_context(ARes('inner'))
        raise ValueError('boom')
    print('suppressed by suppressor')

    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(ARes('outer'))
            await stack.enter_async_context(ARes('replacer', fail=TypeError('new')))
            raise ValueError('original')
    except TypeError as e:
        show(e)
        print('context', repr(e.__context__))

    async with AsyncExitStack() as stack:
        await stack.enter_async_context(ARes('moved'))
        stack.push_async_callback(acb, 'moved')
        moved = stack.pop_all()
        print(type(moved).__name__)
    print('nothing ran')
    await moved.aclose()

    async with AsyncExitStack() as stack:
        for obj in (1, SRes(), None):
            try:
                await stack.enter_async_context(obj)
            except TypeError as e:
                show(e)
        try:
            stack.enter_context(ARes('async only'))
        except TypeError as e:
            show(e)

    async with AsyncExitStack() as stack:
        await stack.enter_async_context(atag('gen'))
        stack.enter_context(nullcontext())
        print('generator manager in stack')

    stack = AsyncExitStack()
    stack.push_async_callback(acb, 'closed')
    await stack.aclose()
    await stack.aclose()
    print(hasattr(stack, 'close'))


run(use_stack())
