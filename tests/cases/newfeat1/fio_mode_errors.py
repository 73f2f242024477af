# Invalid modes and argument combinations passed to open()
P = "/tmp/molt_tests_newfeat1_modes.txt"
with open(P, "w") as f:
    f.write("content\n")

bad_modes = ["rw", "", "z", "rr", "wa", "r+w", "bt", "tb", "rU", "U", "rbt", "w++", "ab+x"]
for m in bad_modes:
    try:
        open(P, m).close()
        print(m, "ok")
    except ValueError as e:
        print(repr(m), type(e).__name__, e)

good_modes = ["r", "rt", "tr", "r+", "+r", "rb", "br", "rb+", "w", "wt", "w+", "wb", "a", "ab", "a+"]
for m in good_modes:
    with open(P, m) as f:
        print(repr(m), "->", f.mode, f.readable(), f.writable())
    if "w" in m:
        with open(P, "w") as f:
            f.write("content\n")

checks = [
    ("binary+encoding", lambda: open(P, "rb", encoding="utf-8")),
    ("binary+errors", lambda: open(P, "rb", errors="strict")),
    ("text unbuffered", lambda: open(P, "r", buffering=0)),
    ("mode type", lambda: open(P, 5)),
    ("encoding type", lambda: open(P, encoding=5)),
    ("file None", lambda: open(None)),
    ("file float", lambda: open(1.5)),
    ("file list", lambda: open([P])),
    ("unknown kw", lambda: open(P, colour="red")),
    ("null byte", lambda: open("/tmp/a\0b")),
    ("empty path", lambda: open("")),
]
for name, fn in checks:
    try:
        fn().close()
        print(name, "ok")
    except Exception as e:
        print(name, type(e).__name__, e)

with open(P, "r") as f:
    try:
        f.write("x")
    except Exception as e:
        print("write on r:", type(e).__name__, e)
with open(P, "w") as f:
    for op in (f.read, f.readline, f.readlines):
        try:
            op()
        except Exception as e:
            print("read on w:", type(e).__name__, e)
with open(P, "rb") as f:
    try:
        f.write(b"x")
    except Exception as e:
        print("write on rb:", type(e).__name__, e)
