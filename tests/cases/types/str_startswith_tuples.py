# startswith/endswith with tuples and start/end ranges.
s = "hello world"
print(s.startswith("hello"), s.startswith("world", 6), s.startswith("wor", 6, 8), s.startswith("wor", 6, 9))
print(s.endswith("world"), s.endswith("hello", 0, 5), s.endswith("lo", 0, -6), s.endswith("o w", 3, 7))
print(s.startswith(("x", "he")), s.startswith(("x", "y")), s.startswith(()), s.endswith(("ld", "zz")))
print(s.startswith(""), s.startswith("", 11), s.startswith("", 12), s.endswith("", 12), s.endswith("", -100))
print(s.startswith("h", -100), s.startswith("d", -1), s.endswith("h", 0, 1), s.endswith("h", 0, -100))
print(s.startswith("", 5, 3), s.endswith("", 5, 3), s.startswith("", 3, 3))
print("".startswith(""), "".endswith(""), "".startswith("a"))
print(s.startswith(("wor", "hel"), 6), s.endswith(("wor", "hel"), 0, 9))
for bad in [1, ["h"], ("h", 1), None]:
    try:
        print(s.startswith(bad))
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        print(s.endswith(bad))
    except TypeError as e:
        print(type(e).__name__, e)
print(b"abc".startswith(b"a"), b"abc".startswith((b"x", b"ab")), b"abc".endswith(b"bc", 1), bytearray(b"abc").endswith(b"c"))
try:
    b"abc".startswith("a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"abc".startswith([b"a"])
except TypeError as e:
    print(type(e).__name__, e)
print(s.startswith("hello", None, None), s.endswith("world", None))
