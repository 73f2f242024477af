# atexit in-process: register/unregister/_run_exitfuncs/_clear/_ncallbacks, called explicitly.
import atexit
import sys


class Capture:
    """Collects what is written to it (stands in for sys.stderr)."""
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass

    def text(self):
        # Keep only the file's base name so the output does not depend on the directory.
        lines = []
        for line in ''.join(self.parts).splitlines():
            if line.startswith('  File "'):
                path, rest = line[len('  File "'):].split('"', 1)
                line = '  File "%s"%s' % (path.rsplit('/', 1)[-1], rest)
            lines.append(line)
        return '\n'.join(lines)


def run_captured():
    old = sys.stderr
    cap = Capture()
    sys.stderr = cap
    try:
        atexit._run_exitfuncs()
    finally:
        sys.stderr = old
    print(cap.text())
    print('--')


class Named:
    """A callable with a deterministic repr."""
    def __init__(self, name, exc=None):
        self.name = name
        self.exc = exc

    def __call__(self, *args, **kwargs):
        print('call', self.name, args, kwargs)
        if self.exc is not None:
            raise self.exc

    def __repr__(self):
        return '<Named %s>' % self.name


def f(*args, **kwargs):
    print('f', args, sorted(kwargs.items()))


# register returns the function; arguments are passed through; LIFO order.
print(atexit.register(f) is f)
print(atexit.register(f, 1, 2) is f)
atexit.register(f, 'x', key='v', other=3)
print(atexit._ncallbacks())
atexit._run_exitfuncs()
print('after run', atexit._ncallbacks())
atexit._run_exitfuncs()
print('second run does nothing')

# Decorator use.
@atexit.register
def decorated():
    print('decorated ran')

print(decorated.__name__)
atexit._run_exitfuncs()

# Argument errors.
for args in [(), (1,), ('not callable', 1)]:
    try:
        atexit.register(*args)
    except TypeError as e:
        print(type(e).__name__, e)
for args in [(), (f, f)]:
    try:
        atexit.unregister(*args)
    except TypeError as e:
        print(type(e).__name__, e)

# unregister removes every registration of the function; unknown ones are ignored.
def g():
    print('g')

atexit.register(f, 'one')
atexit.register(g)
atexit.register(f, 'two')
print(atexit.unregister(f))
print(atexit.unregister(len))
print(atexit._ncallbacks())
atexit._run_exitfuncs()

# unregister compares with ==.
class Eq:
    def __init__(self, key):
        self.key = key

    def __eq__(self, other):
        return isinstance(other, Eq) and other.key == self.key

    __hash__ = object.__hash__

    def __call__(self):
        print('Eq called', self.key)

atexit.register(Eq(1))
atexit.register(Eq(2))
atexit.unregister(Eq(1))
atexit._run_exitfuncs()

# An exception from __eq__ propagates out of unregister.
class BadEq:
    def __eq__(self, other):
        raise RuntimeError('eq failed')

    def __call__(self):
        print('BadEq called')

atexit.register(BadEq())
try:
    atexit.unregister(f)
except RuntimeError as e:
    print(type(e).__name__, e)
atexit._clear()
print('cleared', atexit._ncallbacks())

# A handler that unregisters one not yet run; one that registers another (not run).
def h1():
    print('h1')

def h2():
    print('h2 unregisters h1')
    atexit.unregister(h1)

def h3():
    print('h3 registers g')
    atexit.register(g)

atexit.register(h1)
atexit.register(h2)
atexit.register(h3)
atexit._run_exitfuncs()
print('left', atexit._ncallbacks())

# Exceptions in handlers are reported on stderr and the others still run.
atexit.register(Named('first'))
atexit.register(Named('value', ValueError('boom')))
atexit.register(Named('middle'))
atexit.register(Named('keyerror', KeyError('k')))
atexit.register(Named('empty', RuntimeError()))
atexit.register(Named('exit', SystemExit(3)))
atexit.register(Named('interrupt', KeyboardInterrupt()))
run_captured()


def deep():
    helper()


def helper():
    raise LookupError('from helper')


class Outer:
    class Inner(Exception):
        pass


def nested():
    raise Outer.Inner('nested class')


def chained():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('chained') from e


def oserror():
    raise OSError(2, 'No such file or directory')


atexit.register(Named('deep'), 1, a=2)
atexit.unregister(Named('deep'))
atexit._clear()
for fn in (deep, nested, chained, oserror):
    atexit.register(fn)
old = sys.stderr
cap = Capture()
sys.stderr = cap
try:
    atexit._run_exitfuncs()
finally:
    sys.stderr = old
# Function reprs contain addresses: show only the start of those lines.
for line in cap.text().splitlines():
    if line.startswith('Exception ignored'):
        line = line.split(' at 0x')[0]
    print(line)
print('done', atexit._ncallbacks())
