# with-blocks close files even when exceptions occur
P = "/tmp/molt_tests_newfeat1_with_a.txt"
Q = "/tmp/molt_tests_newfeat1_with_b.txt"
handle = None
try:
    with open(P, "w", encoding="utf-8") as handle:
        handle.write("partial\n")
        raise RuntimeError("boom inside with")
except RuntimeError as e:
    print("caught:", e, "closed:", handle.closed)
with open(P, encoding="utf-8") as f:
    print(repr(f.read()))

def copy_upper(src, dst):
    with open(src, encoding="utf-8") as a, open(dst, "w", encoding="utf-8") as b:
        for line in a:
            b.write(line.upper())
        return a, b

a, b = copy_upper(P, Q)
print(a.closed, b.closed)
with open(Q, encoding="utf-8") as f:
    print(repr(f.read()))

try:
    with open(P, encoding="utf-8") as a, open("/tmp/molt_tests_newfeat1_nodir/q", encoding="utf-8") as b:
        print("unreachable")
except FileNotFoundError as e:
    print(type(e).__name__, e.filename, "first closed:", a.closed)

with (
    open(P, "w", encoding="utf-8") as f1,
    open(Q, "w", encoding="utf-8") as f2,
):
    f1.write("one")
    f2.write("two")
print(f1.closed, f2.closed)
with open(P, encoding="utf-8") as f1, open(Q, encoding="utf-8") as f2:
    print(f1.read() + "+" + f2.read())

def first_line(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            return line
    return None

print(repr(first_line(P)))

for i in range(3):
    with open(P, "w", encoding="utf-8") as f:
        if i == 1:
            continue
        f.write(str(i))
    print(i, f.closed)
with open(P, encoding="utf-8") as f:
    print(f.read())

# exception from __exit__ not swallowed: with returns None from file __exit__
try:
    with open(P, encoding="utf-8") as f:
        1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e, f.closed)
