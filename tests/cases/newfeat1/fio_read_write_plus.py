# r+, w+ and a+ modes
P = "/tmp/molt_tests_newfeat1_plus.txt"
with open(P, "w+", encoding="utf-8") as f:
    print(repr(f.read()))
    f.write("hello world\nsecond\n")
    print(repr(f.read()))
    f.seek(0)
    print(repr(f.read()))
    print(f.tell())

with open(P, "r+", encoding="utf-8") as f:
    print(repr(f.read(5)))
    f.seek(0)
    f.write("HELLO")
    f.seek(0)
    print(repr(f.read()))
    f.seek(0, 2)
    f.write("third\n")
    f.seek(0)
    print(f.readlines())

with open(P, "r+", encoding="utf-8") as f:
    f.write("J")
    print(f.tell())
    f.seek(0)
    print(repr(f.readline()))

# w+ truncates
with open(P, "w+", encoding="utf-8") as f:
    print("after w+:", repr(f.read()))

with open(P, "wb+") as f:
    f.write(b"abcdef")
    f.seek(2)
    print(f.read(2))
    f.write(b"ZZ")
    f.seek(0)
    print(f.read())
    print(f.mode)

with open(P, "a+b") as f:
    print(f.mode, f.tell())
    f.seek(0)
    print(f.read())
    f.seek(0)
    f.write(b"-end")
    print(f.tell())
    f.seek(0)
    print(f.read())

# counter persisted in a file
C = "/tmp/molt_tests_newfeat1_counter.txt"
with open(C, "w") as f:
    f.write("0")
for _ in range(5):
    with open(C, "r+") as f:
        n = int(f.read() or 0)
        f.seek(0)
        f.write(str(n + 7))
        f.truncate()
with open(C) as f:
    print("counter:", f.read())
