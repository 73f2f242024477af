"""Exit handlers: register(func, *args, **kwargs) schedules func(*args, **kwargs) to run at
normal interpreter exit, unregister(func) cancels it. Handlers run last-registered first; an
exception in one is reported on sys.stderr ("Exception ignored in atexit callback: ...")
and the others still run. The interpreter calls _run_exitfuncs() at exit when this module
has been imported. Written for Molt from the atexit module's documentation and CPython
3.12's observable behaviour."""

import sys as _sys

# One slot per registration since the last clear: (func, args, kwargs), or None once the
# registration has been cancelled by unregister(). _ncallbacks() counts the slots.
_callbacks = []


def register(*args, **kwargs):
    """register(func, *args, **kwargs) -> func

Register a function to be executed upon normal program termination

    func - function to be called at exit
    args - optional arguments to pass to func
    kwargs - optional keyword arguments to pass to func

    func is returned to facilitate usage as a decorator."""
    if not args:
        raise TypeError("register() takes at least 1 argument (0 given)")
    func = args[0]
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args[1:], kwargs))
    return func


def unregister(*args):
    """unregister(func) -> None

Unregister an exit function which was previously registered using
atexit.register

    func - function to be unregistered"""
    if len(args) != 1:
        raise TypeError("atexit.unregister() takes exactly one argument (%d given)" % len(args))
    func = args[0]
    for i in range(len(_callbacks)):
        cb = _callbacks[i]
        if cb is not None and (cb[0] is func or cb[0] == func):
            _callbacks[i] = None


def _clear():
    """_clear() -> None

Clear the list of previously registered exit functions."""
    del _callbacks[:]


def _ncallbacks():
    """_ncallbacks() -> int

Return the number of registered exit functions."""
    return len(_callbacks)


def _run_exitfuncs():
    """_run_exitfuncs() -> None

Run all registered exit functions.

If a callback raises an exception, it is logged with sys.unraisablehook."""
    # Handlers registered while running are not run; every slot is cleared afterwards.
    i = len(_callbacks) - 1
    while i >= 0:
        cb = _callbacks[i] if i < len(_callbacks) else None
        i -= 1
        if cb is None:
            continue
        func, args, kwargs = cb
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            _report(func, exc)
    _clear()


class _UnraisableHookArgs:
    def __init__(self, exc_type, exc_value, exc_traceback, err_msg, object):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.err_msg = err_msg
        self.object = object


def _report(func, exc):
    """Report an exception raised by an exit handler the way CPython's default
    sys.unraisablehook does (the handler's frames only, no chained exceptions)."""
    # The traceback's first entry is _run_exitfuncs' own frame: CPython calls the
    # handler from C, so its report starts at the handler.
    tb = exc.__traceback__
    if tb is not None:
        tb = tb.tb_next
    hook = getattr(_sys, 'unraisablehook', None)
    if hook is not None and hook is not getattr(_sys, '__unraisablehook__', None):
        try:
            hook(_UnraisableHookArgs(type(exc), exc, tb, "Exception ignored in atexit callback",
                                     func))
        except BaseException:
            pass
        return
    stream = getattr(_sys, 'stderr', None)
    if stream is None:
        return
    try:
        stream.write(_format(func, exc, tb))
        flush = getattr(stream, 'flush', None)
        if flush is not None:
            flush()
    except BaseException:
        pass


def _source_line(filename, lineno, cache):
    if filename.startswith('<') and filename.endswith('>'):
        return None
    lines = cache.get(filename)
    if lines is None:
        try:
            with open(filename, encoding='utf-8', errors='replace') as f:
                lines = f.read().splitlines()
        except BaseException:
            lines = []
        cache[filename] = lines
    if lineno is None or not 1 <= lineno <= len(lines):
        return None
    return lines[lineno - 1].strip()


def _format(func, exc, tb):
    try:
        what = repr(func)
    except BaseException:
        what = '<object repr() failed>'
    out = ["Exception ignored in atexit callback: %s\n" % what]
    if tb is not None:
        out.append("Traceback (most recent call last):\n")
        cache = {}
        while tb is not None:
            code = tb.tb_frame.f_code
            out.append('  File "%s", line %s, in %s\n' % (code.co_filename, tb.tb_lineno,
                                                        code.co_name))
            line = _source_line(code.co_filename, tb.tb_lineno, cache)
            if line:
                out.append("    %s\n" % line)
            tb = tb.tb_next
    cls = type(exc)
    name = getattr(cls, '__qualname__', cls.__name__)
    module = getattr(cls, '__module__', None)
    if isinstance(module, str) and module not in ('builtins', '__main__'):
        name = module + '.' + name
    try:
        text = str(exc)
    except BaseException:
        text = '<exception str() failed>'
    out.append("%s: %s\n" % (name, text))
    return ''.join(out)
