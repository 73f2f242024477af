# traceback: final-line formatting (str() failures, module-qualified type names, notes),
# argument handling of the print/format functions, print_last, clear_frames-free paths.
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


def fmt(e):
    p("".join(traceback.format_exception_only(e)) + "|")


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no str")


class ExitStr(Exception):
    def __str__(self):
        raise SystemExit(3)


class NonStrStr(Exception):
    def __str__(self):
        return 42


fmt(BadStr())
fmt(ExitStr("x"))
fmt(NonStrStr())
fmt(ValueError())
fmt(ValueError(""))
fmt(ValueError(None))
fmt(ValueError("a", "b"))
fmt(KeyError("k"))
fmt(KeyError())
fmt(Exception("multi\nline"))

Qualified = type("Qualified", (Exception,), {"__module__": "pkg.sub"})
Qualified.__qualname__ = "Outer.Qualified"
fmt(Qualified("x"))
fmt(type("E", (Exception,), {"__module__": 3})("x"))
fmt(type("E", (Exception,), {"__module__": None})("x"))
fmt(type("E", (Exception,), {"__module__": "builtins"})("x"))


class Local(Exception):
    pass


fmt(Local("in main"))


def make():
    class Nested(Exception):
        pass
    return Nested


fmt(make()("nested"))

# Notes.
e = ValueError("v")
e.__notes__ = "not a list"
fmt(e)
e.__notes__ = ["a\nb", 3, "c"]
fmt(e)
e.__notes__ = None
fmt(e)
e.__notes__ = 42
fmt(e)
e.__notes__ = ("tuple", "notes")
fmt(e)
e.__notes__ = []
fmt(e)


class BadNote:
    def __str__(self):
        raise Exception


class BadRepr:
    def __repr__(self):
        raise Exception


e.__notes__ = [BadNote(), "ok"]
fmt(e)
e.__notes__ = BadRepr()
fmt(e)
e = KeyError("k")
e.add_note("first")
e.add_note("")
e.add_note("third")
fmt(e)

# None and non-exception arguments.
p(traceback.format_exception_only(None))
p(traceback.format_exception(None))
p(traceback.format_exception_only(ValueError, None))
p(traceback.format_exception_only(ValueError, ValueError("value wins")))
traceback.print_exception(None, file=out)
out.show()
for call in (lambda: traceback.format_exception(ValueError, ValueError("x")),
             lambda: traceback.format_exception(ValueError, tb=None),
             lambda: traceback.format_exception(3),
             lambda: traceback.print_exception("str"),
             lambda: traceback.print_last()):
    try:
        call()
    except Exception as ex:
        p(type(ex).__name__, ex)
p(traceback.format_exception(ValueError("x"), tb=None, value=ValueError("y")))
p(repr(traceback.format_exc()))
traceback.print_exc(file=out)
out.show()

sys.last_type, sys.last_value, sys.last_traceback = ValueError, ValueError("last"), None
traceback.print_last(file=out)
out.show()
try:
    raise TypeError("with tb")
except TypeError as ex:
    sys.last_type, sys.last_value, sys.last_traceback = type(ex), ex, ex.__traceback__
    saved_tb = ex.__traceback__
traceback.print_last(file=out)
out.show()
traceback.print_last(limit=0, file=out)
out.show()
traceback.print_last(chain=False, file=out)
out.show()

# print_exception's output goes to sys.stderr by default.
saved = sys.stderr
sys.stderr = out
try:
    traceback.print_exception(ValueError("to stderr"))
    traceback.print_stack(limit=1)
    traceback.print_tb(saved_tb)
    traceback.print_list([("a.py", 1, "f", "line")])
    traceback.TracebackException.from_exception(KeyError(1)).print()
finally:
    sys.stderr = saved
out.show()

# KeyboardInterrupt / SystemExit / BaseException subclasses.
fmt(KeyboardInterrupt())
fmt(SystemExit(2))
fmt(GeneratorExit())
fmt(StopIteration(5))
fmt(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"))
fmt(OSError(2, "No such file or directory", "missing.txt"))
fmt(ExceptionGroup("eg", [ValueError(1)]))

# TracebackException with exc_type None, lookup_lines=False, str().
te = traceback.TracebackException(None, None, None)
p(te.exc_type, list(te.format_exception_only()), list(te.format()), str(te))
try:
    raise ValueError("lazy")
except ValueError as ex:
    te = traceback.TracebackException.from_exception(ex, lookup_lines=False)
    lazy = ex
p([fs._line for fs in te.stack], [fs.line for fs in te.stack])
te = traceback.TracebackException(type(lazy), lazy, lazy.__traceback__, capture_locals=True)
p(sorted(te.stack[0].locals)[:3] != [], te.stack[0].locals["fmt"].startswith("<function fmt"))
p(sorted(traceback.__all__))
