# Closed binary file errors
P = "/tmp/molt_tests_newfeat1_closedbin.bin"
w = open(P, "wb")
w.write(b"abc\ndef\n")
w.close()
r = open(P, "rb")
print(r.read(2))
r.close()
cases = [
    ("read", lambda: r.read()),
    ("read(1)", lambda: r.read(1)),
    ("readline", lambda: r.readline()),
    ("readlines", lambda: r.readlines()),
    ("iter", lambda: next(r)),
    ("tell", lambda: r.tell()),
    ("seek", lambda: r.seek(0)),
    ("write", lambda: w.write(b"x")),
    ("flush", lambda: w.flush()),
    ("readable", lambda: r.readable()),
    ("seekable", lambda: r.seekable()),
    ("writable", lambda: w.writable()),
]
for name, fn in cases:
    try:
        print(name, fn())
    except ValueError as e:
        print(name, type(e).__name__, e)
print(r.closed, w.closed, r.name == P, r.mode, w.mode)
