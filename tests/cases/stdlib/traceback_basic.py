# traceback: format_exc/print_exc/format_exception/print_tb/extract_tb, limits,
# FrameSummary and StackSummary basics.
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


def inner(kind):
    if kind == "value":
        raise ValueError("bad value")
    raise KeyError(kind)


def middle(kind):
    inner(kind)


def outer(kind):
    middle(kind)


try:
    outer("value")
except ValueError:
    text = traceback.format_exc()
    p(text)
    traceback.print_exc(file=out)
    out.show()
    p("---")
    traceback.print_exc(limit=2, file=out)
    out.show()
    p("---")
    traceback.print_exc(limit=-1, file=out)
    out.show()
    p("---")
    p(repr(traceback.format_exc(limit=0)))
    p(traceback.format_exc(limit=-2))
    exc = sys.exception()

p("--- format_exception")
lines = traceback.format_exception(exc)
p(len(lines))
for line in lines:
    p(repr(line))
p(traceback.format_exception(type(exc), exc, exc.__traceback__) == lines)
p(traceback.format_exception(exc, limit=1) == [lines[0], lines[1], lines[-1]])
p("".join(traceback.format_exception(exc, chain=False)) == "".join(lines))
p(traceback.format_exception_only(exc))
p(traceback.format_exception_only(type(exc), exc))
p(traceback.format_exception_only(KeyError("k")))
p(traceback.format_exception(ValueError, ValueError("no tb"), None))
p(traceback.format_exception(ValueError("never raised")))
traceback.print_exception(exc, file=out)
out.show()
traceback.print_exception(exc, limit=1, file=out)
out.show()
traceback.print_exception(type(exc), exc, exc.__traceback__, file=out)
out.show()

p("--- tb functions")
tb = exc.__traceback__
p(traceback.format_tb(tb))
p(traceback.format_tb(tb, limit=2))
p(traceback.format_tb(tb, limit=-1))
traceback.print_tb(tb, file=out)
out.show()
traceback.print_tb(tb, limit=1, file=out)
out.show()
traceback.print_tb(None, file=out)
out.show()
summary = traceback.extract_tb(tb)
p(type(summary).__name__, len(summary))
for fs in summary:
    p(fs, fs.filename, fs.lineno, fs.name, repr(fs.line), fs.locals)
p(summary == traceback.extract_tb(tb))
p([tuple(fs) for fs in summary])
p(traceback.format_list(summary) == traceback.format_tb(tb))
p(traceback.format_list([("a.py", 1, "f", "x = 1"), ("b.py", 2, "g", None),
                             ("c.py", 3, "<module>", "")]))
traceback.print_list(summary[:1], file=out)
out.show()
p([(f.f_code.co_name, n) for f, n in traceback.walk_tb(tb)])
p(traceback.extract_tb(None))
p(traceback.extract_tb(tb, limit=0), traceback.extract_tb(tb, limit=-10) == summary)

p("--- FrameSummary")
fs = traceback.FrameSummary("file.py", 12, "func", line="  some code  ")
p(repr(fs), fs.line, repr(fs._line), len(fs))
p(fs == ("file.py", 12, "func", "some code"), fs != ("file.py", 12, "func", "x"))
p(fs == traceback.FrameSummary("file.py", 12, "func", line="other"))
p(fs == traceback.FrameSummary("file.py", 13, "func"), fs == 3)
p(fs[0], fs[1], fs[2], fs[3], fs[-1], fs[:2])
filename, lineno, name, line = fs
p(filename, lineno, name, line)
p(list(fs))
try:
    hash(fs)
except TypeError as e:
    p("TypeError", e)
fs = traceback.FrameSummary("traceback_basic.py", 1, "f")
p(repr(fs.line))
fs = traceback.FrameSummary("nonexistent_file.py", 1, "f")
p(repr(fs.line))
fs = traceback.FrameSummary("traceback_basic.py", None, "f", lookup_line=False)
p(fs.line, fs._line)
fs = traceback.FrameSummary("x.py", 1, "f", lookup_line=False, locals={"a": 1, "b": [1, 2]})
p(fs.locals, fs.line == "")
p(traceback.FrameSummary.__slots__)


class BadRepr:
    def __repr__(self):
        raise RuntimeError("no")


fs = traceback.FrameSummary("x.py", 1, "f", line="l", locals={"z": BadRepr(), "y": "s"})
p(fs.locals)
p(traceback.StackSummary.from_list([fs]).format())

p("--- StackSummary")
ss = traceback.StackSummary.from_list([("a.py", 1, "f", "x = 1"), fs])
p(type(ss).__name__, len(ss), ss[0], ss[1] is fs)
p(ss.format())
p(isinstance(ss, list), traceback.StackSummary.__mro__[1].__name__)
p(traceback.StackSummary().format())


class Custom(traceback.StackSummary):
    def format_frame_summary(self, frame_summary):
        if frame_summary.name == "skip":
            return None
        return "custom %s:%s\n" % (frame_summary.name, frame_summary.lineno)


cs = Custom.from_list([("a.py", 1, "skip", ""), ("a.py", 2, "keep", "")])
p(type(cs).__name__, cs.format())
cs = Custom()
cs.append(traceback.FrameSummary("a.py", 3, "keep", line=""))
p(cs.format())
