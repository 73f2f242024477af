# traceback + linecache: source lines of code compiled from strings, found through
# linecache.cache entries and through a module loader's get_source (lazycache).
import linecache
import sys
import traceback

SOURCE = """\
def helper(x):
    if x > 1:
        raise ValueError("from virtual code: %d" % x)
    helper(x + 1)

helper(0)
"""


class Loader:
    def get_source(self, name):
        return SOURCE


def run(filename, globals_):
    try:
        exec(compile(SOURCE, filename, "exec"), globals_)
    except ValueError:
        text = traceback.format_exc()
        print(text.replace(__file__, "THIS_FILE"))


# No source available: no source lines.
run("virtual_none.py", {"__name__": "virtual_none"})
# Source from the module's loader.
run("virtual_loader.py", {"__name__": "virtual_loader", "__loader__": Loader()})
print(len(linecache.cache["virtual_loader.py"]), linecache.cache["virtual_loader.py"][1])
# Source registered by hand in linecache.cache (a "<...>" name too).
lines = SOURCE.splitlines(True)
linecache.cache["<registered>"] = (len(SOURCE), None, lines, "<registered>")
run("<registered>", {"__name__": "registered"})
linecache.cache["registered.py"] = (len(SOURCE), None, lines, "registered.py")
run("registered.py", {"__name__": "registered"})
# extract_tb / FrameSummary.line see the same lines.
try:
    exec(compile(SOURCE, "<registered>", "exec"), {"__name__": "x"})
except ValueError as e:
    print([(fs.filename, fs.lineno, fs.name, fs.line) for fs in traceback.extract_tb(e.__traceback__)][1:])
# clearcache forgets the registered lines.
linecache.clearcache()
run("<registered>", {"__name__": "registered"})
