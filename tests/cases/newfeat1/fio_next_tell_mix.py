# Mixing iteration with tell/readline on text files
P = "/tmp/molt_tests_newfeat1_mix.txt"
with open(P, "w", encoding="utf-8") as f:
    f.write("header\nrow1\nrow2\nrow3\n")

with open(P, encoding="utf-8") as f:
    print(repr(next(f)))
    try:
        f.tell()
    except OSError as e:
        print(type(e).__name__, e)
    print(repr(f.readline()))
    print(list(f))
    try:
        next(f)
    except StopIteration as e:
        print("StopIteration", e.args)
    print(next(f, "default"))

with open(P, encoding="utf-8") as f:
    header = f.readline().rstrip("\n")
    rows = [line.rstrip("\n") for line in f]
print(header, rows)

with open(P, encoding="utf-8") as f:
    it = iter(f)
    print(it is f, type(it).__name__)
    pairs = list(zip(f, range(2)))
    print(pairs)
    print(f.read())

with open(P, "rb") as f:
    print(next(f), f.tell())
    print(f.readline(), f.tell())
    for line in f:
        print(line, f.tell())

# iteration on a write-only file
with open(P, "w", encoding="utf-8") as f:
    try:
        for line in f:
            pass
    except Exception as e:
        print(type(e).__name__, e)
