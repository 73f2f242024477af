# Indexing bytes gives ints; slicing gives bytes; iteration gives ints.
b = b"hello\xff"
print(b[0], b[-1], type(b[0]).__name__, b[1:3], b[::-1], b[::2], b[10:], b[-100:2], list(b), b[True])
print([x for x in b"abc"], sum(b"\x01\x02\x03"), max(b"azm"), sorted(b"cab"), bytes(sorted(b"cab")))
ba = bytearray(b"hello")
print(ba[0], ba[1:3], type(ba[1:3]).__name__, ba[::-1], list(ba), ba[-1])
for i in [6, -7, 2**64]:
    try:
        print(b[i])
    except IndexError as e:
        print(type(e).__name__, e)
    try:
        print(ba[i])
    except IndexError as e:
        print(type(e).__name__, e)
for k in ["0", 1.0, None]:
    try:
        print(b[k])
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        print(ba[k])
    except TypeError as e:
        print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del b[0]
except TypeError as e:
    print(type(e).__name__, e)
it = iter(b"xy")
print(next(it), next(it), next(it, "done"))
print(b"abc"[1:2] == b"b", b"abc"[1] == b"b", b"abc"[1] == 98)
