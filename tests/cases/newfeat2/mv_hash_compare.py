# memoryview equality across formats and objects, hashing rules, bool/len, use as dict keys.
ro = memoryview(b"abc")
print(hash(ro) == hash(b"abc"), ro == b"abc", b"abc" == ro, ro != b"abd")
rw = memoryview(bytearray(b"abc"))
try:
    hash(rw)
except ValueError as e:
    print(type(e).__name__, e)
d = {ro: "view"}
print(d[b"abc"], b"abc" in d, d.get(memoryview(b"abc")))
print(memoryview(b"") == b"", bool(memoryview(b"")), bool(memoryview(b"\x00")), len(memoryview(b"\x00")))
a = memoryview(bytes([1, 0, 2, 0]))
print(a.cast("H") == a, a.cast("H") == memoryview(bytes([1, 0, 2, 0])).cast("H"))
print(a.cast("H") == [1, 2], a == [1, 0, 2, 0], a.tolist() == [1, 0, 2, 0])
print(memoryview(b"ab") == memoryview(b"ab").cast("c"), memoryview(b"ab").cast("c") == memoryview(b"ab").cast("c"))
f1 = memoryview(bytearray(8)).cast("d")
f1[0] = float("nan")
print(f1 == f1, f1.tolist()[0] != f1.tolist()[0])
for op in ("<", "<=", ">", ">="):
    try:
        eval(f"ro {op} ro")
    except TypeError as e:
        print(type(e).__name__, e)
print(ro == ro, ro is not memoryview(b"abc"), ro[1:] == b"bc")
try:
    hash(memoryview(b"ab").cast("c"))
except ValueError as e:
    print(type(e).__name__, e)
print(hash(memoryview(b"ab")[::-1]) == hash(b"ba"))
released = memoryview(b"xyz")
h = hash(released)
released.release()
print(hash(released) == h)
fresh = memoryview(b"qq")
fresh.release()
try:
    hash(fresh)
except ValueError as e:
    print(type(e).__name__, e)
print(released == released, released == b"xyz")
print(sorted([b"b", bytes(memoryview(b"a")), b"c"]))
print(rw == ro, rw.toreadonly() == ro, rw.toreadonly().readonly)
try:
    hash(rw.toreadonly())
except TypeError as e:
    print(type(e).__name__, e)
