# 'x' mode: exclusive creation
import time
P = "/tmp/molt_tests_newfeat1_exists.txt"
with open(P, "w") as f:
    f.write("already here")
try:
    open(P, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == P)
    print(str(e))
    print(isinstance(e, OSError))
try:
    open(P, "xb")
except OSError as e:
    print(type(e).__name__, e.args)

try:
    open("/tmp/molt_tests_newfeat1_no_such_dir/new.txt", "x")
except FileNotFoundError as e:
    print(type(e).__name__, e)

fresh = "/tmp/molt_tests_newfeat1_fresh_%d.txt" % time.time_ns()
with open(fresh, "x", encoding="utf-8") as f:
    print(f.mode, f.readable(), f.writable())
    f.write("created once\n")
with open(fresh, encoding="utf-8") as f:
    print(repr(f.read()))
try:
    with open(fresh, "x") as f:
        print("should not happen")
except FileExistsError as e:
    print("second create:", type(e).__name__, e.errno, e.strerror)

fresh2 = "/tmp/molt_tests_newfeat1_fresh2_%d.bin" % time.time_ns()
with open(fresh2, "xb") as f:
    print(f.mode, f.write(b"\x01\x02"))
with open(fresh2, "rb") as f:
    print(f.read())

for mode in ("xr", "xw", "xa", "rx"):
    try:
        open(P, mode)
    except ValueError as e:
        print(mode, type(e).__name__, e)
