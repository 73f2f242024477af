# bytes find/rfind/index/rindex/count with int needles and ranges.
b = b"abcabcabc"
for c in [(), (1,), (-3,), (2, 5), (2, -2), (100,), (5, 2), (-100, 100)]:
    print(c, b.find(b"abc", *c), b.rfind(b"abc", *c), b.count(b"abc", *c), b.count(b"", *c), b.find(98, *c), b.rfind(99, *c))
print(b.count(97), b.find(0), b.index(99), b.rindex(97), b"".find(b""), b"abc".find(b"", 4))
print(b.find(bytearray(b"ca")), b.find(bytearray(b"bc")), bytearray(b).find(b"cab"), bytearray(b).count(97))
for args in [(b"z",), (122,), (b"a", 1, 3)]:
    try:
        print(b.index(*args))
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        print(b.rindex(*args))
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [256, -1]:
    try:
        print(b.find(bad))
    except ValueError as e:
        print(type(e).__name__, e)
for bad in ["a", 1.0, [97]]:
    try:
        print(b.find(bad))
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        print(b.count(bad))
    except TypeError as e:
        print(type(e).__name__, e)
print(97 in b, b"ca" in b, b"" in b, 300 in b"a" if False else "skip", bytearray(b"x") in b"axb")
for bad in [300, -1]:
    try:
        print(bad in b)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    print("a" in b)
except TypeError as e:
    print(type(e).__name__, e)
