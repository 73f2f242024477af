# traceback: SyntaxError's special format (location line, text, caret markers), notes, and
# TracebackException's SyntaxError attributes.
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


def show(exc):
    p("".join(traceback.format_exception_only(exc)) + "|")


show(SyntaxError("m", ("f.py", 3, 2, "abc\n", 3, 4)))
show(SyntaxError("m", ("f.py", 3, 2, "   abc def\n", 3, 6)))
show(SyntaxError("m", ("f.py", 3, 5, "   abc def\n", 3, 7)))
show(SyntaxError("m", ("f.py", 3, 5, "   abc def\n", 3, 5)))
show(SyntaxError("m", ("f.py", 3, 5, "   abc def\n", 3, 0)))
show(SyntaxError("m", ("f.py", 3, 5, "   abc def\n", 3, -1)))
show(SyntaxError("m", ("f.py", 3, 5, "   abc def\n", 4, 2)))
show(SyntaxError("m", ("f.py", 3, 1, "   abc def\n", 3, 3)))
show(SyntaxError("m", ("f.py", 3, 0, "   abc def\n", 3, 3)))
show(SyntaxError("m", ("f.py", 3, 50, "abc\n", 3, 60)))
show(SyntaxError("m", ("f.py", 3, 4, "\tab\tc d\n", 3, 7)))
show(SyntaxError("m", ("f.py", 3, 4, " \f ab\tc d\n", 3, 8)))
show(SyntaxError("m", ("f.py", 3, None, "abc\n", 3, 4)))
show(SyntaxError("m", ("f.py", 3, 2, None, 3, 4)))
show(SyntaxError("m", ("f.py", None, 2, "abc", None, 4)))
show(SyntaxError("m", (None, 3, 2, "abc", 3, 4)))
show(SyntaxError("m", (None, None, None, None, None, None)))
show(SyntaxError("", ("f.py", 3, 2, "abc", 3, 4)))
show(SyntaxError("m", ("f.py", 3, 2, "abc\n")))
show(SyntaxError("m"))
show(SyntaxError())
show(IndentationError("unexpected indent", ("f.py", 2, 4, "    x = 1\n", 2, -1)))
show(IndentationError("expected an indented block", ("f.py", 2, 1, "x = 1\n", 2, 2)))
show(TabError("inconsistent use of tabs", ("f.py", 7, 1, "\tx\n", 7, 2)))
show(SyntaxError("m", ("f.py", 3, 2, "abc\n\n", 3, 4)))
show(SyntaxError("m", ("f.py", 3, 2, "abc\ndef\n", 3, 4)))
show(SyntaxError("m", ("f.py", 3, 2, "", 3, 4)))
show(SyntaxError("m", ("f.py", 3, 2, "é = ü\n", 3, 4)))


class MySyntaxError(SyntaxError):
    pass


show(MySyntaxError("mine", ("f.py", 3, 2, "abc\n", 3, 4)))
e = SyntaxError("noted", ("f.py", 3, 2, "abc\n", 3, 4))
e.add_note("note 1")
e.add_note("note 2\nsecond line")
show(e)

te = traceback.TracebackException.from_exception(SyntaxError("m", ("f.py", 3, 2, "abc\n", 3, 4)))
p(sorted(vars(te)))
p(repr(te.filename), repr(te.lineno), repr(te.end_lineno), repr(te.text), te.offset, te.end_offset, te.msg)
te = traceback.TracebackException.from_exception(SyntaxError("only msg"))
p(te.filename, te.lineno, te.end_lineno, te.text, te.offset, te.end_offset, te.msg)

# Raised and caught: the traceback comes before the SyntaxError block.
try:
    raise SyntaxError("raised here", ("src.py", 10, 5, "    def f(:\n", 10, 6))
except SyntaxError:
    traceback.print_exc(file=out)
    out.show()

# Attributes changed after creation are used.
e = SyntaxError("m", ("f.py", 3, 2, "abc\n", 3, 4))
e.lineno = 30
e.text = "changed text\n"
e.offset = 9
e.end_offset = 13
e.filename = "g.py"
e.msg = "new msg"
show(e)
