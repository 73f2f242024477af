# FileNotFoundError / IsADirectoryError / NotADirectoryError attributes and str()
MISSING = "/tmp/molt_tests_newfeat1_missing_dir/nothing.txt"
try:
    open(MISSING)
except FileNotFoundError as e:
    print(type(e).__name__)
    print(e.errno, repr(e.strerror))
    print(e.filename)
    print(e.filename2)
    print(e.args)
    print(str(e))
    print(repr(e))
    print(isinstance(e, OSError), isinstance(e, IOError), isinstance(e, EnvironmentError))
    print(type(e).__mro__[1].__name__)

for mode in ("r", "rb", "r+", "a", "w"):
    try:
        open(MISSING, mode)
    except OSError as e:
        print(mode, type(e).__name__, e.errno)

try:
    open("/tmp")
except IsADirectoryError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
    print(e)
try:
    open("/tmp", "w")
except OSError as e:
    print(type(e).__name__, e)
try:
    open("/tmp/", "rb")
except OSError as e:
    print(type(e).__name__, e)

FILE = "/tmp/molt_tests_newfeat1_plain.txt"
with open(FILE, "w") as f:
    f.write("x")
try:
    open(FILE + "/child.txt")
except NotADirectoryError as e:
    print(type(e).__name__, e.errno, e)

try:
    open(b"/tmp/molt_tests_newfeat1_missing_dir/b.txt")
except FileNotFoundError as e:
    print(repr(e.filename), e)

# catching via the errno-agnostic base
def safe_read(path):
    try:
        with open(path, encoding="utf-8") as fh:
            return fh.read()
    except FileNotFoundError:
        return "<missing>"
    except IsADirectoryError:
        return "<directory>"
    except OSError as e:
        return "<oserror %s>" % e.errno

for p in (FILE, MISSING, "/tmp", FILE + "/x"):
    print(safe_read(p))
