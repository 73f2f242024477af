# traceback: exception groups (nested boxes, max_group_width/depth, chains and notes inside).
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


def fail(exc):
    raise exc


def raise_group():
    errors = []
    for exc in (ValueError("v"), TypeError("t")):
        try:
            fail(exc)
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup("two errors", errors)


try:
    raise_group()
except ExceptionGroup:
    traceback.print_exc(file=out)
    out.show()
    p(traceback.format_exc(chain=False))
    p(traceback.format_exc(limit=0))

# Without tracebacks.
eg = ExceptionGroup("plain", [ValueError(1), KeyError("k")])
p("".join(traceback.format_exception(eg)))
p(traceback.format_exception_only(eg))

# Nested groups, with a note and a chained exception inside.
inner = ExceptionGroup("inner", [IndexError("i1"), IndexError("i2")])
inner.add_note("a note on inner")
caused = RuntimeError("with cause")
caused.__cause__ = ZeroDivisionError("zero")
outer = BaseExceptionGroup("outer", [inner, caused, KeyboardInterrupt()])
p("".join(traceback.format_exception(outer)))

try:
    try:
        raise ExceptionGroup("raised", [ValueError("in group")])
    except ExceptionGroup as e:
        raise ExceptionGroup("handler failed", [TypeError("during")])
except ExceptionGroup:
    p(traceback.format_exc())

# max_group_width / max_group_depth
many = ExceptionGroup("many", [ValueError(i) for i in range(20)])
p("".join(traceback.format_exception(many)))
te = traceback.TracebackException.from_exception(many, max_group_width=3)
p("".join(te.format()))
te = traceback.TracebackException.from_exception(
    ExceptionGroup("few", [ValueError(1), ValueError(2), ValueError(3), ValueError(4)]),
    max_group_width=3)
p("".join(te.format()))
deep = ValueError("bottom")
for level in range(15):
    deep = ExceptionGroup("level %d" % level, [deep])
p("".join(traceback.format_exception(deep)))
te = traceback.TracebackException.from_exception(deep, max_group_depth=2)
p("".join(te.format()))
te = traceback.TracebackException.from_exception(outer)
p(len(te.exceptions), te.exceptions[0].exc_type, te.exceptions[0].exceptions[1]._str)
p(te.exceptions[1].__cause__.exc_type, te.exceptions[2].exceptions)

# A group as the cause of another exception, and inside a group.
err = RuntimeError("after group")
err.__cause__ = ExceptionGroup("cause group", [ValueError("x")])
p("".join(traceback.format_exception(err)))
wrapper = ExceptionGroup("wrapper", [err])
p("".join(traceback.format_exception(wrapper)))


class MyGroup(ExceptionGroup):
    pass


p("".join(traceback.format_exception(MyGroup("mine", [ValueError("m")]))))
same = ValueError("same object twice")
p("".join(traceback.format_exception(ExceptionGroup("dup", [same, same]))))
