# write/writelines accept iterables; return values
P = "/tmp/molt_tests_newfeat1_writelines.txt"
with open(P, "w", encoding="utf-8") as f:
    print(f.writelines(["a\n", "b\n"]))
    print(f.writelines(("c", "d", "\n")))
    print(f.writelines(f"{i}:{i*i}\n" for i in range(4)))
    print(f.writelines([]))
    print(f.writelines(iter(["x", "y", "\n"])))
    print(f.writelines({"k1\n": 1}))
    print(f.write("ünïcode\n"))
    print(f.write(""))
with open(P, encoding="utf-8") as f:
    print(f.read().split("\n"))

with open(P, "w", encoding="utf-8") as f:
    try:
        f.writelines(["ok\n", 3, "never\n"])
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        f.writelines(5)
    except TypeError as e:
        print(type(e).__name__, e)
with open(P, encoding="utf-8") as f:
    print(repr(f.read()))

with open(P, "wb") as f:
    f.writelines([b"ab", bytearray(b"cd"), memoryview(b"ef")])
    try:
        f.writelines([b"gh", "str"])
    except TypeError as e:
        print(type(e).__name__, e)
with open(P, "rb") as f:
    print(f.read())

# build a report from records
records = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 0.1)]
with open(P, "w", encoding="utf-8") as f:
    f.write(f"{'item':<8}{'qty':>5}{'total':>8}\n")
    f.writelines(f"{n:<8}{q:>5}{q * p:>8.2f}\n" for n, q, p in records)
with open(P, encoding="utf-8") as f:
    print(f.read(), end="")
