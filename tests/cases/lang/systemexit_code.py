# SystemExit.code for each construction form, caught so the program continues.
import sys
for args in [(), (0,), (3,), ("message",), (None,), (1, 2), (True,), ([1],)]:
    e = SystemExit(*args)
    print(args, repr(e.code), e.args, repr(str(e)))
for arg in [None, 0, 2, "bye"]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print("sys.exit", repr(arg), "->", repr(e.code), type(e).__name__)
try:
    sys.exit()
except SystemExit as e:
    print("no arg", repr(e.code), e.args)
try:
    raise SystemExit
except Exception:
    print("wrongly caught by Exception")
except BaseException as e:
    print("caught by BaseException", type(e).__name__, e.code)
e = SystemExit(5)
e.code = 9
print(e.code, e.args)
print(issubclass(SystemExit, Exception), issubclass(KeyboardInterrupt, Exception))
def f():
    try:
        sys.exit(4)
    finally:
        print("finally runs on exit")
try:
    f()
except SystemExit as e:
    print("code", e.code)
