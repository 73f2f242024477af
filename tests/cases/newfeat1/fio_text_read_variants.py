# Text file: write then read back with read(n), readline, readlines, iteration
P = "/tmp/molt_tests_newfeat1_text_read.txt"
lines = ["alpha\n", "beta beta\n", "\n", "gamma γ δ\n", "last line without newline"]
with open(P, "w", encoding="utf-8") as f:
    n = f.write("".join(lines))
    print("written chars:", n)

with open(P, encoding="utf-8") as f:
    print(repr(f.read()))

with open(P, encoding="utf-8") as f:
    print(repr(f.read(3)), repr(f.read(4)), repr(f.read(0)))
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(repr(f.read(-1)))
    print(repr(f.read()), repr(f.readline()))

with open(P, "r", encoding="utf-8") as f:
    print(f.readlines())

with open(P, encoding="utf-8") as f:
    for i, line in enumerate(f, 1):
        print(i, repr(line), len(line))

with open(P, encoding="utf-8") as f:
    print([len(x) for x in f])
    print(list(f))

with open(P, encoding="utf-8") as f:
    first = next(f)
    rest = f.readlines()
    print(repr(first), len(rest), repr(rest[-1]))

with open(P, encoding="utf-8") as f:
    print(repr(f.readline(2)), repr(f.readline(100)), repr(f.readline(-1)))
    print(f.readlines(3))
    print(f.readlines(0))

with open(P, encoding="utf-8") as f:
    text = f.read()
print(text.splitlines())
print(sum(1 for ch in text if ch == "\n"))
