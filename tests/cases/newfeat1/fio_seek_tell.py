# seek/tell in binary and text modes
P = "/tmp/molt_tests_newfeat1_seek.bin"
with open(P, "wb") as f:
    f.write(b"0123456789abcdef")
    print(f.tell())
    print(f.seek(4))
    f.write(b"XY")
    print(f.tell())
    print(f.seek(0, 2))

with open(P, "rb") as f:
    print(f.read())
    print(f.seek(0), f.read(3), f.tell())
    print(f.seek(2, 1), f.read(2), f.tell())
    print(f.seek(-3, 2), f.read(), f.tell())
    print(f.seek(100), repr(f.read()), f.tell())
    print(f.seek(-4, 1), f.tell())
    try:
        f.seek(-1)
    except (ValueError, OSError) as e:
        print(type(e).__name__, e)
    try:
        f.seek(1.5)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        f.seek(-20, 2)
    except OSError as e:
        print(type(e).__name__, e.errno)

T = "/tmp/molt_tests_newfeat1_seek.txt"
with open(T, "w", encoding="utf-8") as f:
    f.write("line one\nline two\nline three\n")
with open(T, encoding="utf-8") as f:
    print(f.seekable(), f.tell())
    f.readline()
    pos = f.tell()
    print(pos)
    second = f.readline()
    f.seek(pos)
    print(f.readline() == second, repr(second))
    print(f.seek(0, 2))
    print(repr(f.read()))
    print(f.seek(0, 1) == f.tell())
    for args in ((1, 1), (-2, 2), (5, 2)):
        try:
            f.seek(*args)
        except Exception as e:
            print(args, type(e).__name__, e)
    f.seek(0)
    print(repr(f.read(4)))

# rewrite a slice in place with r+b
with open(P, "r+b") as f:
    f.seek(10)
    f.write(b"!!")
    f.seek(0)
    print(f.read())
