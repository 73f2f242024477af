# truncate, readinto, flush, and read sizes on binary files
P = "/tmp/molt_tests_newfeat1_trunc.bin"
with open(P, "wb") as f:
    f.write(b"abcdefghij")
    print(f.truncate(4))
    print(f.tell())
    f.seek(0, 2)
    print(f.tell())
with open(P, "rb") as f:
    print(f.read())

with open(P, "r+b") as f:
    f.seek(2)
    print(f.truncate())
    print(f.read(), f.tell())
    print(f.truncate(8))
    f.seek(0)
    print(f.read())

with open(P, "rb") as f:
    buf = bytearray(5)
    print(f.readinto(buf), buf)
    print(f.readinto(buf), buf)
    print(f.readinto(buf), buf)
    big = bytearray(b"_" * 4)
    f.seek(1)
    mv = memoryview(big)
    print(f.readinto(mv[1:3]), big)

with open(P, "w", encoding="utf-8") as f:
    f.write("hello\nworld\n")
    f.flush()
    with open(P, encoding="utf-8") as g:
        print(repr(g.read()))
    print(f.truncate(3))
with open(P, encoding="utf-8") as f:
    print(repr(f.read()))

with open(P, "rb") as f:
    try:
        f.truncate()
    except Exception as e:
        print(type(e).__name__, e)
    try:
        f.readinto(b"immutable")
    except TypeError as e:
        print(type(e).__name__, e)
