# traceback: __cause__/__context__ chains, __suppress_context__, chain=False, cycles,
# TracebackException attributes and compact conversion.
import sys
import traceback

# Tracebacks name this file by its absolute path: print them without it.
HERE = __file__.rpartition("/")[0] + "/"


class Out:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def show(self):
        print("".join(self.parts).replace(HERE, ""), end="")
        self.parts = []


def p(*args):
    print(" ".join(str(a) for a in args).replace(HERE, ""))


out = Out()


def fail(msg):
    raise ValueError(msg)


def explicit_cause():
    try:
        fail("first")
    except ValueError as e:
        raise RuntimeError("second") from e


def implicit_context():
    try:
        fail("first")
    except ValueError:
        raise KeyError("second")


def suppressed():
    try:
        fail("first")
    except ValueError:
        raise TypeError("second") from None


def cause_and_context():
    try:
        fail("context")
    except ValueError:
        raise RuntimeError("outer") from IndexError("explicit cause")


def three_levels():
    try:
        try:
            fail("one")
        except ValueError:
            raise KeyError("two")
    except KeyError as e:
        raise RuntimeError("three") from e


for func in (explicit_cause, implicit_context, suppressed, cause_and_context, three_levels):
    p("=====", func.__name__)
    try:
        func()
    except Exception as e:
        traceback.print_exc(file=out)
        out.show()
        p("--- chain=False")
        traceback.print_exc(chain=False, file=out)
        out.show()
        p("--- limit=1")
        p(traceback.format_exc(limit=1))
        exc = e

# A TracebackException of the last one.
te = traceback.TracebackException.from_exception(exc)
p(type(te.__cause__).__name__, te.__cause__.exc_type, te.__context__ is None)
p(te.__cause__.__cause__, te.__cause__.__context__.exc_type, te.__suppress_context__)
p(sorted(vars(te)))
p(str(te), te.exc_type, te.exceptions, te.__notes__, te.max_group_width, te.max_group_depth)
p(len(te.stack), te.stack[0].name, te.stack[-1].name)
p("".join(te.format()) == "".join(traceback.format_exception(exc)))
p(list(te.format_exception_only()))
te.print(file=out)
out.show()
te.print(file=out, chain=False)
out.show()
p(te == traceback.TracebackException.from_exception(exc), te == 1)

# compact=False converts the context even when it is not shown.
try:
    suppressed()
except TypeError as e:
    exc = e
full = traceback.TracebackException.from_exception(exc)
compact = traceback.TracebackException.from_exception(exc, compact=True)
p(full.__suppress_context__, full.__context__ is not None, compact.__context__)
p("".join(full.format()) == "".join(compact.format()))

# Exceptions without tracebacks, and manual chains.
a = ValueError("a")
b = KeyError("b")
c = TypeError("c")
b.__context__ = a
c.__cause__ = b
p("".join(traceback.format_exception(c)))
c.__suppress_context__ = True
p("".join(traceback.format_exception(c)))

# Cycles terminate.
x = ValueError("x")
y = ValueError("y")
x.__context__ = y
y.__context__ = x
p("".join(traceback.format_exception(x)))
x.__cause__ = x
p("".join(traceback.format_exception(x)))
z = ValueError("self")
z.__context__ = z
p("".join(traceback.format_exception(z)))

# The same exception as cause and context.
shared = ValueError("shared")
top = RuntimeError("top")
top.__cause__ = shared
top.__context__ = shared
p("".join(traceback.format_exception(top)))
te = traceback.TracebackException.from_exception(top)
p(te.__cause__ is not None, te.__context__)


# Context of an exception raised in a finally block.
def in_finally():
    try:
        fail("body")
    finally:
        raise OSError("in finally")


try:
    in_finally()
except OSError:
    traceback.print_exc(file=out)
    out.show()

# Nested handling: the printed exception is the innermost one being handled.
try:
    fail("outer")
except ValueError:
    try:
        fail("inner")
    except ValueError:
        p(traceback.format_exc())
    p(traceback.format_exc())
p(repr(traceback.format_exc()))
