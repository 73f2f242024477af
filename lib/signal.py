"""The `signal` module: set handlers for asynchronous events. Handlers written in Python run
in the main program between bytecode instructions (the native `_signal` records arrivals);
SIGINT raises KeyboardInterrupt by default. Signal numbers are Linux's."""

import _signal
from enum import IntEnum as _IntEnum

_SIGNALS = [
    ("SIGHUP", 1), ("SIGINT", 2), ("SIGQUIT", 3), ("SIGILL", 4), ("SIGTRAP", 5),
    ("SIGABRT", 6), ("SIGBUS", 7), ("SIGFPE", 8), ("SIGKILL", 9), ("SIGUSR1", 10),
    ("SIGSEGV", 11), ("SIGUSR2", 12), ("SIGPIPE", 13), ("SIGALRM", 14), ("SIGTERM", 15),
    ("SIGSTKFLT", 16), ("SIGCHLD", 17), ("SIGCONT", 18), ("SIGSTOP", 19), ("SIGTSTP", 20),
    ("SIGTTIN", 21), ("SIGTTOU", 22), ("SIGURG", 23), ("SIGXCPU", 24), ("SIGXFSZ", 25),
    ("SIGVTALRM", 26), ("SIGPROF", 27), ("SIGWINCH", 28), ("SIGIO", 29), ("SIGPWR", 30),
    ("SIGSYS", 31), ("SIGRTMIN", 34), ("SIGRTMAX", 64),
]

Signals = _IntEnum("Signals", _SIGNALS, module=__name__)
Handlers = _IntEnum("Handlers", [("SIG_DFL", 0), ("SIG_IGN", 1)], module=__name__)
Sigmasks = _IntEnum("Sigmasks", [("SIG_BLOCK", 0), ("SIG_UNBLOCK", 1), ("SIG_SETMASK", 2)],
                    module=__name__)

globals().update(Signals.__members__)
globals().update(Handlers.__members__)
globals().update(Sigmasks.__members__)
SIGIOT = Signals.SIGABRT
SIGCLD = Signals.SIGCHLD
SIGPOLL = Signals.SIGIO
NSIG = _signal.NSIG
ITIMER_REAL, ITIMER_VIRTUAL, ITIMER_PROF = 0, 1, 2

default_int_handler = _signal.default_int_handler


def _enum_or(value, enum):
    try:
        return enum(value)
    except ValueError:
        return value


def _handler_value(h):
    if isinstance(h, int) and not isinstance(h, bool) and h in (0, 1):
        return Handlers(h)
    return h


def signal(signalnum, handler):
    """Set the action for signal signalnum to handler (a callable(signum, frame), SIG_IGN
    or SIG_DFL); returns the previous handler."""
    if isinstance(handler, Handlers):
        handler = int(handler)
    return _handler_value(_signal.signal(int(signalnum), handler))


def getsignal(signalnum):
    """The current handler of signalnum."""
    return _handler_value(_signal.getsignal(int(signalnum)))


def raise_signal(signalnum):
    """Send signalnum to this process."""
    _signal.raise_signal(int(signalnum))


def strsignal(signalnum):
    """The system's description of signalnum (None if unknown)."""
    return _signal.strsignal(int(signalnum))


def valid_signals():
    """The set of valid signal numbers on this platform."""
    return {_enum_or(n, Signals) for n in range(1, NSIG) if n not in (32, 33)}


def alarm(seconds):
    """Arrange for SIGALRM after `seconds` seconds; returns the time left of a previous one."""
    return _signal.alarm(seconds)


def pause():
    """Wait until a signal arrives."""
    _signal.pause()


def set_wakeup_fd(fd, *, warn_on_full_buffer=True):
    raise NotImplementedError("signal.set_wakeup_fd is not supported by Molt yet")


def setitimer(which, seconds, interval=0.0):
    raise NotImplementedError("signal.setitimer is not supported by Molt yet")


def getitimer(which):
    raise NotImplementedError("signal.getitimer is not supported by Molt yet")


def pthread_sigmask(how, mask):
    raise NotImplementedError("signal.pthread_sigmask is not supported by Molt yet")


def pthread_kill(thread_id, signalnum):
    raise NotImplementedError("signal.pthread_kill is not supported by Molt yet")


def siginterrupt(signalnum, flag):
    """Molt's handlers always restart interrupted system calls."""
