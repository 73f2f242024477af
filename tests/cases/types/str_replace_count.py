# str.replace with count, empty old, and overlapping patterns.
s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 1), s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("one", "1", -1))
print(repr("abc".replace("", "-")), repr("abc".replace("", "-", 2)), repr("".replace("", "x")), repr("".replace("", "x", 0)))
print(repr("abc".replace("", "")), repr("abc".replace("b", "")), repr("aaa".replace("a", "aa")))
print("aaaa".replace("aa", "b"), "aaaaa".replace("aa", "b"), "abababa".replace("aba", "X"))
print("héllo".replace("é", "e"), "😀😀".replace("😀", ":)", 1))
print("abc".replace("x", "y"), "abc".replace("abc", ""), "abc".replace("abcd", "z"))
print("a.b.c".replace(".", "", -5))
try:
    "abc".replace("a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".replace(1, "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".replace("a", "b", "c")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".replace("a", "b", count=1)
    print("count keyword accepted")
except TypeError as e:
    print(type(e).__name__, e)
print(b"abcabc".replace(b"b", b"XX"), b"abc".replace(b"", b"."), b"aaa".replace(b"a", b"", 2))
print(bytearray(b"xyx").replace(b"x", b"zz"))
try:
    b"abc".replace("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
