# Append mode adds to the end; 'a+' can read after seeking
P = "/tmp/molt_tests_newfeat1_append.log"
with open(P, "w", encoding="utf-8") as f:
    f.write("start\n")

for i in range(3):
    with open(P, "a", encoding="utf-8") as f:
        print("tell at open", f.tell())
        f.write(f"entry {i}\n")
        print("tell after write", f.tell())

with open(P, encoding="utf-8") as f:
    print(f.read(), end="")

with open(P, "a", encoding="utf-8") as f:
    print(f.mode, f.readable(), f.writable())
    try:
        f.read()
    except Exception as e:
        print(type(e).__name__, e)

with open(P, "a+", encoding="utf-8") as f:
    print(f.mode, f.readable(), f.writable())
    print(repr(f.read()))
    f.seek(0)
    print(repr(f.readline()))
    f.write("appended via a+\n")
    f.seek(0)
    print(f.read().splitlines())

with open(P, "ab") as f:
    print(f.mode)
    f.write(b"binary tail\n")
with open(P, "rb") as f:
    print(f.read().count(b"\n"))

# append to a file that does not exist yet creates it (truncate first for determinism)
Q = "/tmp/molt_tests_newfeat1_append2.log"
open(Q, "w").close()
with open(Q, "a") as f:
    f.write("one")
with open(Q, "a") as f:
    f.write("two")
with open(Q) as f:
    print(f.read())
