# warnings: the default filters, filterwarnings/simplefilter/resetwarnings, filter matching
# (message/module regexes, category, lineno), the actions and __warningregistry__/onceregistry.
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


def registry(g=None):
    reg = (g or globals()).get("__warningregistry__", {})
    return {k: v for k, v in reg.items() if k != "version"}


def in_module(name, code):
    g = {"__name__": name, "warnings": warnings}
    exec(code, g)
    return g


p(warnings.filters)
p(warnings.defaultaction, warnings.onceregistry)

# Defaults: DeprecationWarning only from __main__; the others ignored.
warnings.warn("dep in main", DeprecationWarning)
in_module("othermod", "warnings.warn('dep elsewhere', DeprecationWarning)")
in_module("__main__", "warnings.warn('dep in exec main', DeprecationWarning)")
warnings.warn("pending", PendingDeprecationWarning)
warnings.warn("import", ImportWarning)
warnings.warn("resource", ResourceWarning)
warnings.warn("user")
err.show()

# "default": once per location (text, category, line).
for i in range(3):
    warnings.warn("loop")
    warnings.warn("loop %d" % (i % 2))
warnings.warn("loop")
err.show()
p(registry())

# Filters changing clears the registries.
warnings.simplefilter("default")
warnings.warn("loop")
for i in range(2):
    warnings.warn("loop")
err.show()
p(registry())

# "always"
warnings.simplefilter("always")
for i in range(2):
    warnings.warn("always")
err.show()

# "ignore" records nothing
warnings.simplefilter("ignore")
warnings.warn("ignored")
p(registry(), err.parts)

# "error"
warnings.simplefilter("error")
try:
    warnings.warn("now an error")
except UserWarning as e:
    p("caught", repr(e), e.args)
try:
    warnings.warn(RuntimeWarning("instance error"))
except RuntimeWarning as e:
    p("caught", repr(e))
warnings.simplefilter("error", UserWarning)
try:
    warnings.warn_explicit("explicit error", UserWarning, "f.py", 1)
except UserWarning as e:
    p("caught", repr(e))

# "module": once per module, whatever the line.
warnings.resetwarnings()
warnings.simplefilter("module")
for i in range(2):
    warnings.warn("mod")
    warnings.warn("mod")
g = in_module("m3", "for i in range(2):\n warnings.warn('mod')\nwarnings.warn('mod')")
err.show()
p(registry(g))
p(registry())

# "once": once per registry, onceregistry when there is none.
warnings.simplefilter("once")
in_module("m1", "warnings.warn('same')")
in_module("m2", "warnings.warn('same')")
warnings.warn("same")
warnings.warn("same")
p(warnings.onceregistry)
warnings.warn_explicit("same", UserWarning, "x.py", 5)
warnings.warn_explicit("same", UserWarning, "x.py", 6)
warnings.warn_explicit("same", RuntimeWarning, "x.py", 6)
err.show()
p(warnings.onceregistry)
warnings.onceregistry.clear()

# An explicit registry for warn_explicit.
warnings.simplefilter("default")
reg = {}
warnings.warn_explicit("d", UserWarning, "y.py", 1, registry=reg)
warnings.warn_explicit("d", UserWarning, "y.py", 1, registry=reg)
warnings.warn_explicit("d", UserWarning, "y.py", 2, registry=reg)
warnings.warn_explicit("d", UserWarning, "y.py", 1, registry=None)
warnings.warn_explicit("d", UserWarning, "y.py", 1, registry=None)
err.show()
p({k: v for k, v in reg.items() if k != "version"}, sorted(reg, key=str)[-1])
reg[("pre", UserWarning, 1)] = True
warnings.warn_explicit("pre", UserWarning, "y.py", 1, registry=reg)
err.show()

# filterwarnings: message (case-insensitive, matched at the start) and module regexes.
warnings.resetwarnings()
warnings.simplefilter("always")
warnings.filterwarnings("ignore", message="skip")
warnings.filterwarnings("error", message=r"fatal \d+")
warnings.filterwarnings("ignore", module="quiet")
warnings.filterwarnings("ignore", category=RuntimeWarning, module=r"loud\Z")
p(warnings.filters)
warnings.warn("skip this one")
warnings.warn("SKIP this too")
warnings.warn("do not skip")
try:
    warnings.warn("FATAL 42 problem")
except UserWarning as e:
    p("caught", e)
warnings.warn("fatal x")
in_module("quietmod", "warnings.warn('from quietmod')")
in_module("notquiet", "warnings.warn('from notquiet')")
in_module("loud", "warnings.warn('runtime from loud', RuntimeWarning)")
in_module("loudest", "warnings.warn('runtime from loudest', RuntimeWarning)")
in_module("loud", "warnings.warn('user from loud')")
err.show()

# Category and lineno matching; order of filters; append.
warnings.resetwarnings()
p(warnings.filters)
warnings.simplefilter("ignore", DeprecationWarning)
warnings.simplefilter("error", DeprecationWarning, append=True)
warnings.simplefilter("always", Warning, append=True)
warnings.filterwarnings("ignore", lineno=500)
p(warnings.filters)
warnings.simplefilter("ignore", DeprecationWarning, append=True)
p(len(warnings.filters))
warnings.simplefilter("error", DeprecationWarning)
p(warnings.filters[:2], len(warnings.filters))
try:
    warnings.warn("dep", DeprecationWarning)
except DeprecationWarning as e:
    p("caught", e)
warnings.warn("future", FutureWarning)
warnings.warn_explicit("on line 500", UserWarning, "f.py", 500)
warnings.warn_explicit("on line 501", UserWarning, "f.py", 501)
err.show()

# Invalid arguments (assertions, as in CPython).
for call in (lambda: warnings.filterwarnings("bogus"),
             lambda: warnings.simplefilter("bogus"),
             lambda: warnings.filterwarnings("ignore", message=3),
             lambda: warnings.filterwarnings("ignore", category=int),
             lambda: warnings.filterwarnings("ignore", category=3),
             lambda: warnings.filterwarnings("ignore", module=None),
             lambda: warnings.filterwarnings("ignore", lineno=-1),
             lambda: warnings.simplefilter("ignore", lineno="1")):
    try:
        call()
    except AssertionError as e:
        p("AssertionError", e)

# Broken filter lists.
saved = warnings.filters
for bad in ([("bogus", None, Warning, None, 0)],
            [("ignore", None, Warning, None)],
            [(3, None, Warning, None, 0)],
            [("always", None, Warning, None, "x")],
            ()):
    warnings.filters = bad
    try:
        warnings.warn("b%r" % (bad,))
    except Exception as e:
        p(type(e).__name__, e)
warnings.filters = [("always", None, Warning, "__main__", 0)]
warnings.warn("string module filter")
in_module("other", "warnings.warn('string module filter elsewhere')")
warnings.filters = []
warnings.defaultaction = "bogus"
try:
    warnings.warn("b3")
except RuntimeError as e:
    p("RuntimeError", e)
warnings.defaultaction = 3
try:
    warnings.warn("b4")
except TypeError as e:
    p("TypeError", e)
warnings.defaultaction = "ignore"
warnings.warn("ignored by default action")
warnings.defaultaction = "default"
warnings.filters = saved
err.show()
warnings.resetwarnings()
p(warnings.filters)
err.show()
sys.stderr = REAL_STDERR
