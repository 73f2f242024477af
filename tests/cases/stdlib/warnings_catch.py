# warnings: catch_warnings (record, action/category/lineno/append, nesting, restore, repr,
# misuse), replacing showwarning/formatwarning, -W option parsing helpers, _deprecated.
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

import types

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("hello")
    warnings.warn("dep", DeprecationWarning)
    warnings.warn(UserWarning("inst"))
    warnings.warn(RuntimeWarning("inst2"), DeprecationWarning)
    warnings.warn(3)
    warnings.warn_explicit("explicit", FutureWarning, "f.py", 9, source="src")
    for w in log:
        p(w.message, repr(w.message), w.category.__name__, w.filename, w.lineno,
          w.line, w.source, w.file)
    p(str(log[0]))
    p(type(log[0]).__name__, len(log))
p(err.parts)
p(warnings.filters[0])

# Without record, warnings are shown; the filters are restored afterwards.
before = warnings.filters
with warnings.catch_warnings() as result:
    p(result, warnings.filters == before, warnings.filters is before)
    warnings.simplefilter("error")
    try:
        warnings.warn("inside")
    except UserWarning as e:
        p("caught", e)
p(warnings.filters is before, warnings.filters[0])

# action= applies simplefilter on entry.
with warnings.catch_warnings(action="ignore"):
    warnings.warn("ignored")
    p(warnings.filters[0])
with warnings.catch_warnings(action="error", category=RuntimeWarning, lineno=5, append=True):
    p(warnings.filters[-1], len(warnings.filters))
with warnings.catch_warnings(record=True, action="always") as log:
    for i in range(2):
        warnings.warn("twice")
    p(len(log), [str(w.message) for w in log])
err.show()

# Nesting, and the registries are invalidated on entry/exit.
warnings.simplefilter("default")


def once_here():
    warnings.warn("registered")


once_here()
once_here()
with warnings.catch_warnings(record=True) as outer:
    once_here()
    with warnings.catch_warnings(record=True) as inner:
        warnings.simplefilter("always")
        once_here()
        once_here()
    once_here()
p(len(outer), len(inner))
once_here()
err.show()

# showwarning replaced: called with the six arguments.
calls = []


def my_showwarning(message, category, filename, lineno, file=None, line=None):
    calls.append((str(message), category.__name__, filename.replace(HERE, ""), lineno, file, line))


with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = my_showwarning
    warnings.warn("via replacement")
    warnings.warn_explicit("explicit", UserWarning, "f.py", 3)
    # record=True puts the original back for its duration.
    with warnings.catch_warnings(record=True) as log:
        warnings.warn("recorded")
        p(warnings.showwarning is my_showwarning, len(log))
    p(warnings.showwarning is my_showwarning)
    warnings.showwarning = 3
    try:
        warnings.warn("not callable")
    except TypeError as e:
        p("TypeError", e)
p(calls)
p(warnings.showwarning is warnings._showwarning_orig)

# formatwarning replaced: used for the shown text.
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.formatwarning = lambda message, category, filename, lineno, line=None: \
        "FORMATTED %s|%s|%s\n" % (message, category.__name__, line)
    warnings.warn("custom format")
    warnings.showwarning("direct", UserWarning, "f.py", 1)
    warnings.showwarning("direct", UserWarning, "f.py", 1, line="given")
    p(warnings.formatwarning("m", UserWarning, "f.py", 1))
    warnings.formatwarning = warnings._formatwarning_orig
err.show()

# _showwarnmsg replaced or removed.
with warnings.catch_warnings():
    warnings.simplefilter("always")
    seen = []
    real = warnings._showwarnmsg
    warnings._showwarnmsg = seen.append
    warnings.warn("to _showwarnmsg")
    p([(str(m.message), m.lineno) for m in seen])
    warnings._showwarnmsg = 3
    try:
        warnings.warn("bad _showwarnmsg")
    except TypeError as e:
        p("TypeError", e)
    del warnings._showwarnmsg
    warnings.warn("no _showwarnmsg")
    warnings._showwarnmsg = real
err.show()

# repr and misuse.
cw = warnings.catch_warnings(record=True)
p(repr(cw), repr(warnings.catch_warnings()))
other = types.ModuleType("fake_warnings")
p(repr(warnings.catch_warnings(module=other)))
try:
    cw.__exit__(None, None, None)
except RuntimeError as e:
    p("RuntimeError", e)
with cw:
    try:
        cw.__enter__()
    except RuntimeError as e:
        p("RuntimeError", e)
try:
    warnings.catch_warnings(True)
except TypeError:
    p("TypeError: keyword-only")

# A module other than warnings.
fake = types.ModuleType("fake")
fake.filters = ["x"]
fake.showwarning = "sw"
fake._showwarnmsg_impl = "impl"
fake._showwarning_orig = "orig"
fake.mutations = 0


def fake_mutated():
    fake.mutations += 1


fake._filters_mutated = fake_mutated
with warnings.catch_warnings(module=fake, record=True) as log:
    p(fake.filters, fake.showwarning, fake._showwarnmsg_impl == log.append, fake.mutations)
    fake.filters.append("y")
p(fake.filters, fake.showwarning, fake._showwarnmsg_impl, fake.mutations)

# -W option parsing helpers.
p(warnings._getaction(""), warnings._getaction("i"), warnings._getaction("all"),
  warnings._getaction("mod"), warnings._getaction("e"))
p(warnings._getcategory(""), warnings._getcategory("DeprecationWarning"),
  warnings._getcategory("warnings_catch.Helper") if False else "-")
for bad in ("x", "bogus"):
    try:
        warnings._getaction(bad)
    except warnings._OptionError as e:
        p("OptionError", e)
for bad in ("NoSuchWarning", "ValueError", "nosuchmodule_zz.W", "sys.NoSuch"):
    try:
        warnings._getcategory(bad)
    except warnings._OptionError as e:
        p("OptionError", e)
with warnings.catch_warnings():
    warnings.resetwarnings()
    warnings._setoption("error")
    warnings._setoption("ignore::DeprecationWarning")
    warnings._setoption("always:some.message:UserWarning:some.module:12")
    warnings._setoption(" once : : RuntimeWarning ")
    p(warnings.filters)
    for bad in ("a:b:c:d:e:f", "ignore::Warning::x", "ignore::Warning::-1", "nope"):
        try:
            warnings._setoption(bad)
        except warnings._OptionError as e:
            p("OptionError", e)
    warnings._processoptions(["ignore::BytesWarning", "bogus", "a:b:c:d:e:f"])
    p(warnings.filters[0])
err.show()

# _deprecated
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings._deprecated("thing", remove=(3, 99))
    warnings._deprecated("thing", "{name} goes in {remove}", remove=(3, 99))
    p([str(w.message) for w in log], [w.category.__name__ for w in log])
for remove in ((3, 11), (3, 12)):
    try:
        warnings._deprecated("old", remove=remove)
    except RuntimeError as e:
        p("RuntimeError", e)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings._deprecated("alpha", remove=(3, 12), _version=(3, 12, 0, "alpha", 1))
    p([str(w.message) for w in log])
p(warnings._DEPRECATED_MSG)
err.show()
sys.stderr = REAL_STDERR
