# warnings: warn() output on sys.stderr, formatwarning/showwarning, categories, stacklevel,
# skip_file_prefixes, warn_explicit, WarningMessage, the ResourceWarning source suffix.
import sys
import warnings

# Warnings name this file by its absolute path: print them without it.
HERE = __file__.rpartition("/")[0] + "/"


class Out:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def flush(self):
        pass

    def show(self):
        print("".join(self.parts).replace(HERE, ""), end="")
        self.parts = []


def p(*args):
    print(" ".join(str(a) for a in args).replace(HERE, ""))


err = Out()
REAL_STDERR = sys.stderr
sys.stderr = err

warnings.simplefilter("always")
warnings.warn("a plain warning")
warnings.warn("with category", RuntimeWarning)
warnings.warn(category=FutureWarning, message="keywords")
warnings.warn(UserWarning("an instance"))
warnings.warn(RuntimeWarning("instance wins"), DeprecationWarning)
warnings.warn(42)
warnings.warn("multi\nline message")
err.show()


class MyWarning(UserWarning):
    pass


class Custom(Warning):
    def __str__(self):
        return "custom str"


warnings.warn("subclass", MyWarning)
warnings.warn(Custom("ignored text"))
for cat in (Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning, SyntaxWarning,
            RuntimeWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning,
            ResourceWarning, EncodingWarning):
    warnings.warn("category " + cat.__name__, cat)
err.show()

for bad in (int, 3, "str", None.__class__, ValueError):
    try:
        warnings.warn("x", bad)
    except TypeError as e:
        p("TypeError", e)
warnings.warn("None category", None)
err.show()


# stacklevel
def level1(level):
    warnings.warn("level %d" % level, stacklevel=level)


def level2(level):
    level1(level)


for level in (-3, 0, 1, 2, 3, 4, 99):
    level2(level)
err.show()
p(sys.__dict__.get("__warningregistry__") is not None)


# skip_file_prefixes
def skipping(prefixes, level=1):
    warnings.warn("skip %r" % (prefixes,), stacklevel=level,
                  skip_file_prefixes=tuple(p.replace("HERE", HERE) for p in prefixes))


def call_skipping(prefixes, level=1):
    skipping(prefixes, level)


call_skipping(())
call_skipping(("HERE",))
call_skipping(("/nonexistent",))
call_skipping(("/nonexistent",), 3)
call_skipping((__file__,))
call_skipping((__file__[:-1],))
err.show()
try:
    warnings.warn("x", skip_file_prefixes=["a"])
except TypeError as e:
    p("TypeError", e)

# In code run by exec(): the module name and file come from the globals.
exec("warnings.warn('in exec')", {"warnings": warnings})
exec("warnings.warn('named module')", {"warnings": warnings, "__name__": "somemod"})
exec("warnings.warn('non-str name')", {"warnings": warnings, "__name__": 3})
exec("warnings.warn('None name')", {"warnings": warnings, "__name__": None})
err.show()

# formatwarning / showwarning
p(repr(warnings.formatwarning("msg", UserWarning, "f.py", 3)))
p(repr(warnings.formatwarning("msg", UserWarning, "f.py", 3, "  the line  ")))
p(repr(warnings.formatwarning("msg", UserWarning, "f.py", 3, "")))
p(repr(warnings.formatwarning(UserWarning("inst"), UserWarning, "warnings_basic.py", 1)))
p(repr(warnings.formatwarning("msg", DeprecationWarning, "warnings_basic.py", 2, None)))
p(repr(warnings.formatwarning("msg", MyWarning, "nofile.py", 0)))
p(repr(warnings.formatwarning("msg", UserWarning, "<string>", "12")))
out = Out()
warnings.showwarning("shown", UserWarning, "f.py", 7, out)
warnings.showwarning("shown", UserWarning, "f.py", 7, out, "explicit line")
warnings.showwarning("to stderr", UserWarning, "f.py", 8)
warnings.showwarning("to stderr", UserWarning, "warnings_basic.py", 1, None, None)
out.show()
err.show()


class BrokenFile:
    def write(self, text):
        raise OSError("cannot write")


warnings.showwarning("lost", UserWarning, "f.py", 1, BrokenFile())
p("OSError swallowed")

# WarningMessage
m = warnings.WarningMessage("m", UserWarning, "f", 3, source=object)
p(m.message, m.category, m.filename, m.lineno, m.file, m.line, m.source, m._category_name)
p(m)
m = warnings.WarningMessage(UserWarning("w"), None, "f", 3, line="src")
p(m._category_name, m)
p(warnings.WarningMessage._WARNING_DETAILS)

# warn_explicit
warnings.warn_explicit("explicit", UserWarning, "f.py", 10)
warnings.warn_explicit("explicit", UserWarning, "warnings_basic.py", 2, module="mod")
warnings.warn_explicit(UserWarning("inst"), DeprecationWarning, "warnings_basic.py", 3)
warnings.warn_explicit("no file", UserWarning, "", 5)
warnings.warn_explicit("bool lineno", UserWarning, "f.py", True)
err.show()
for args in ((None, "w.py", 2), (UserWarning, "w.py", "x"), (UserWarning, "w.py", 2.5)):
    try:
        warnings.warn_explicit("bad", *args)
    except TypeError as e:
        p("TypeError", e)


# source=: ResourceWarning shows the tracemalloc hint.
class Resource:
    pass


warnings.warn("unclosed resource", ResourceWarning, source=Resource())
warnings.warn_explicit("explicit source", UserWarning, "f.py", 4, source=Resource())
p(repr(warnings._formatwarnmsg_impl(
    warnings.WarningMessage("m", ResourceWarning, "f.py", 1, source=Resource()))))
err.show()

# With no sys.stderr the warning is dropped.
sys.stderr = None
warnings.warn("nowhere")
sys.stderr = err
p(err.parts)
p(sorted(warnings.__all__))
err.show()
sys.stderr = REAL_STDERR
