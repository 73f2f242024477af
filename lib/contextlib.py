"""Utilities for with-statement contexts: the contextmanager and asynccontextmanager
decorators (generator-based context managers, usable as function decorators too),
ExitStack and AsyncExitStack (dynamic stacks of exit callbacks, chaining exceptions as
nested with statements would), suppress, closing, aclosing, nullcontext,
redirect_stdout, redirect_stderr, chdir, and the AbstractContextManager /
AbstractAsyncContextManager ABCs. Written for Molt from the contextlib module's
documentation and CPython 3.12's observable behaviour (messages, exception chaining)."""

import abc
import sys
from collections import deque
from functools import wraps
from types import MethodType, GenericAlias

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext",
           "AbstractContextManager", "AbstractAsyncContextManager", "AsyncExitStack",
           "ContextDecorator", "ExitStack", "redirect_stdout", "redirect_stderr",
           "suppress", "aclosing", "chdir"]


def _defines_all(cls, names):
    """True if every name is found along cls's MRO with a value that is not None
    (None there means "explicitly not supported"); NotImplemented otherwise."""
    mro = cls.__mro__
    for name in names:
        for klass in mro:
            if name in klass.__dict__:
                if klass.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


# ---------------------------------------------------------------- abstract base classes

class AbstractContextManager(abc.ABC):
    """ABC of objects usable in a with statement: any class defining __enter__ and
    __exit__ is a virtual subclass."""

    __class_getitem__ = classmethod(GenericAlias)

    def __enter__(self):
        """Return self."""
        return self

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        """Do nothing: the exception, if any, propagates."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _defines_all(C, ("__enter__", "__exit__"))
        return NotImplemented


class AbstractAsyncContextManager(abc.ABC):
    """ABC of objects usable in an async with statement: any class defining __aenter__
    and __aexit__ is a virtual subclass."""

    __class_getitem__ = classmethod(GenericAlias)

    async def __aenter__(self):
        """Return self."""
        return self

    @abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        """Do nothing: the exception, if any, propagates."""
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            return _defines_all(C, ("__aenter__", "__aexit__"))
        return NotImplemented


# ---------------------------------------------------------------- decorators

class ContextDecorator(object):
    """Mixin letting a context manager decorate a function: each call of the function
    runs inside the context (a fresh one from _recreate_cm())."""

    def _recreate_cm(self):
        """The context manager to use for one call of a decorated function. Managers
        that cannot be entered twice return a new instance; the default is self."""
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class AsyncContextDecorator(object):
    """Mixin letting an async context manager decorate a coroutine function: each call
    runs inside the context (a fresh one from _recreate_cm())."""

    def _recreate_cm(self):
        """The context manager to use for one call of a decorated function."""
        return self

    def __call__(self, func):
        @wraps(func)
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        return inner


# ---------------------------------------------------------------- generator-based managers

class _GeneratorContextManagerBase:
    """Shared part of the generator-based context managers."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        # Each use as a decorator needs its own generator.
        return self.__class__(self.func, self.args, self.kwds)


class _GeneratorContextManager(_GeneratorContextManagerBase, AbstractContextManager,
                               ContextDecorator):
    """Helper for @contextmanager decorator."""

    def __enter__(self):
        # The recipe is no longer needed once entered (and a manager is single-use).
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        gen = self.gen
        if typ is None:
            # Normal exit: the generator must finish after its single yield.
            try:
                next(gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")

        if value is None:
            # __exit__(SomeError, None, None): make the instance to throw in.
            value = typ()
        try:
            gen.throw(value)
        except StopIteration as stop:
            # The generator caught the exception and finished: suppressed, unless the
            # exception was the StopIteration itself, passing through.
            return stop is not value
        except RuntimeError as err:
            if err is value:
                err.__traceback__ = traceback
                return False
            # A StopIteration thrown in comes back wrapped in RuntimeError (PEP 479):
            # let the original propagate.
            if isinstance(value, StopIteration) and err.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as err:
            if err is not value:
                raise
            # The same exception came back: report "not handled" so the with statement
            # re-raises it, keeping its original traceback.
            err.__traceback__ = traceback
            return False
        # The generator yielded again instead of finishing.
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            gen.close()


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase,
                                    AbstractAsyncContextManager, AsyncContextDecorator):
    """Helper for @asynccontextmanager decorator."""

    async def __aenter__(self):
        del self.args, self.kwds, self.func
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        gen = self.gen
        if typ is None:
            try:
                await anext(gen)
            except StopAsyncIteration:
                return False
            raise RuntimeError("generator didn't stop")

        if value is None:
            value = typ()
        try:
            await gen.athrow(value)
        except StopAsyncIteration as stop:
            return stop is not value
        except RuntimeError as err:
            if err is value:
                err.__traceback__ = traceback
                return False
            # StopIteration / StopAsyncIteration thrown in come back as RuntimeError.
            if isinstance(value, (StopIteration, StopAsyncIteration)) and err.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as err:
            if err is not value:
                raise
            err.__traceback__ = traceback
            return False
        try:
            raise RuntimeError("generator didn't stop after athrow()")
        finally:
            await gen.aclose()


def contextmanager(func):
    """Decorator turning a generator function into a context manager factory.

    The generator runs up to its single yield on entering the with block (the yielded
    value is bound by `as`); leaving the block resumes it, and an exception raised in the
    block is raised inside the generator at the yield:

        @contextmanager
        def opened(path):
            f = open(path)
            try:
                yield f
            finally:
                f.close()
    """
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


def asynccontextmanager(func):
    """Decorator turning an async generator function into an async context manager
    factory, for use with `async with` (the counterpart of contextmanager)."""
    @wraps(func)
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return helper


# ---------------------------------------------------------------- simple managers

class closing(AbstractContextManager):
    """Context manager calling thing.close() when the block ends; `as` binds thing."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(AbstractAsyncContextManager):
    """Async context manager awaiting thing.aclose() when the block ends (for example to
    finalize an async generator); `as` binds thing."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """Context manager (sync and async) that does nothing; entering returns
    enter_result. A stand-in where a context manager is optional."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class suppress(AbstractContextManager):
    """Context manager suppressing the given exception types raised in its block
    (and, for an exception group, the matching leaves; the rest is re-raised)."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return
        if issubclass(exctype, self._exceptions):
            return True
        if issubclass(exctype, BaseExceptionGroup):
            matched, rest = excinst.split(self._exceptions)
            if rest is None:
                return True
            raise rest
        return False


class _RedirectStream(AbstractContextManager):
    """Temporarily replace sys.<_stream>; reentrant (a stack of previous targets)."""

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Context manager sending sys.stdout (and so print()) to another file-like object
    for the duration of the block; `as` binds that object."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Context manager sending sys.stderr to another file-like object for the duration
    of the block; `as` binds that object."""

    _stream = "stderr"


def _os():
    try:
        import os
    except ImportError:
        raise NotImplementedError(
            "contextlib.chdir needs the os module, which Molt does not provide yet") from None
    return os


class chdir(AbstractContextManager):
    """Context manager changing the current working directory to path for the block and
    restoring the previous one afterwards. Not thread-safe; reentrant."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        os = _os()
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        _os().chdir(self._old_cwd.pop())


# ---------------------------------------------------------------- exit stacks

def _relink_context(new_exc, old_exc, frame_exc):
    """Make the __context__ chain of new_exc (raised by an exit callback) lead to old_exc,
    the exception the callback was given, as nested with statements would.

    Callbacks run inside the stack's __exit__, so their exceptions chain to frame_exc (the
    exception being handled when __exit__ started) instead: the link to frame_exc is
    redirected to old_exc. A chain ending without reaching frame_exc, or already at
    old_exc, is left alone."""
    exc = new_exc
    while True:
        ctx = exc.__context__
        if ctx is None or ctx is old_exc:
            return
        if ctx is frame_exc:
            break
        exc = ctx
    exc.__context__ = old_exc


def _raise_keeping_context(exc):
    """Raise exc without the raise statement rewriting its already-correct __context__."""
    ctx = exc.__context__
    try:
        raise exc
    except BaseException:
        exc.__context__ = ctx
        raise


class _BaseExitStack:
    """The parts shared by ExitStack and AsyncExitStack."""

    @staticmethod
    def _create_exit_wrapper(cm, cm_exit):
        return MethodType(cm_exit, cm)

    @staticmethod
    def _create_cb_wrapper(callback, /, *args, **kwds):
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        return _exit_wrapper

    def __init__(self):
        # Entries (is_sync, callback), run last-in first-out.
        self._exit_callbacks = deque()

    def pop_all(self):
        """Move every callback to a new stack of the same type and return it; this stack
        is left empty (closing it does nothing)."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = deque()
        return new_stack

    def push(self, exit):
        """Register an exit callback: a context manager (its __exit__ is registered, it
        is not entered) or a callable with __exit__'s signature. Returns exit, so this
        works as a decorator."""
        cls = type(exit)
        try:
            exit_method = cls.__exit__
        except AttributeError:
            self._push_exit_callback(exit)
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        """Enter cm and push its __exit__; return what __enter__ returned."""
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            raise TypeError("'%s.%s' object does not support the context manager protocol"
                            % (cls.__module__, cls.__qualname__)) from None
        result = enter(cm)
        self._push_cm_exit(cm, exit)
        return result

    def callback(self, callback, /, *args, **kwds):
        """Register callback(*args, **kwds) to run on exit (it does not see the exception
        and cannot suppress it). Returns callback, so this works as a decorator."""
        wrapper = self._create_cb_wrapper(callback, *args, **kwds)
        wrapper.__wrapped__ = callback
        self._push_exit_callback(wrapper)
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        self._push_exit_callback(self._create_exit_wrapper(cm, cm_exit), True)

    def _push_exit_callback(self, callback, is_sync=True):
        self._exit_callbacks.append((is_sync, callback))


class ExitStack(_BaseExitStack, AbstractContextManager):
    """Context manager running a dynamic stack of exit callbacks (pushed with
    enter_context, push and callback) in reverse order when the block ends; exceptions
    propagate, are suppressed or chain exactly as through nested with statements:

        with ExitStack() as stack:
            files = [stack.enter_context(open(name)) for name in names]
    """

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        frame_exc = sys.exc_info()[1]
        suppressed = False
        pending_raise = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            assert is_sync
            try:
                if cb(*exc_details):
                    suppressed = True
                    pending_raise = False
                    exc_details = (None, None, None)
            except:
                new_details = sys.exc_info()
                _relink_context(new_details[1], exc_details[1], frame_exc)
                pending_raise = True
                exc_details = new_details
        if pending_raise:
            _raise_keeping_context(exc_details[1])
        return received_exc and suppressed

    def close(self):
        """Run the callbacks now (as leaving the with block without an exception)."""
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    """Async counterpart of ExitStack, for `async with`: also takes async context managers
    (enter_async_context), coroutine-function exit callbacks (push_async_exit) and
    coroutine-function callbacks (push_async_callback)."""

    @staticmethod
    def _create_async_exit_wrapper(cm, cm_exit):
        return MethodType(cm_exit, cm)

    @staticmethod
    def _create_async_cb_wrapper(callback, /, *args, **kwds):
        async def _exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)
        return _exit_wrapper

    async def enter_async_context(self, cm):
        """Enter the async context manager cm and push its __aexit__; return what
        __aenter__ returned."""
        cls = type(cm)
        try:
            enter = cls.__aenter__
            exit = cls.__aexit__
        except AttributeError:
            raise TypeError("'%s.%s' object does not support the asynchronous context "
                            "manager protocol" % (cls.__module__, cls.__qualname__)) from None
        result = await enter(cm)
        self._push_async_cm_exit(cm, exit)
        return result

    def push_async_exit(self, exit):
        """Register an async exit callback: an async context manager (its __aexit__) or
        a coroutine function with __aexit__'s signature. Returns exit."""
        cls = type(exit)
        try:
            exit_method = cls.__aexit__
        except AttributeError:
            self._push_exit_callback(exit, False)
        else:
            self._push_async_cm_exit(exit, exit_method)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        """Register the coroutine function call callback(*args, **kwds) to be awaited on
        exit. Returns callback."""
        wrapper = self._create_async_cb_wrapper(callback, *args, **kwds)
        wrapper.__wrapped__ = callback
        self._push_exit_callback(wrapper, False)
        return callback

    async def aclose(self):
        """Run the callbacks now (as leaving the async with block without an exception)."""
        await self.__aexit__(None, None, None)

    def _push_async_cm_exit(self, cm, cm_exit):
        self._push_exit_callback(self._create_async_exit_wrapper(cm, cm_exit), False)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        frame_exc = sys.exc_info()[1]
        suppressed = False
        pending_raise = False
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                if is_sync:
                    handled = cb(*exc_details)
                else:
                    handled = await cb(*exc_details)
                if handled:
                    suppressed = True
                    pending_raise = False
                    exc_details = (None, None, None)
            except:
                new_details = sys.exc_info()
                _relink_context(new_details[1], exc_details[1], frame_exc)
                pending_raise = True
                exc_details = new_details
        if pending_raise:
            _raise_keeping_context(exc_details[1])
        return received_exc and suppressed
