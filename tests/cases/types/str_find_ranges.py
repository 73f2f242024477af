# find/rfind/index/rindex/count with start/end, negative and out of range.
s = "abcabcabc"
cases = [(), (1,), (3,), (-3,), (-100,), (100,), (2, 5), (2, -2), (-6, -1), (5, 2), (0, 100), (None, 4), (4, None), (None, None)]
for c in cases:
    print(c, s.find("abc", *c), s.rfind("abc", *c), s.count("abc", *c), s.count("", *c), s.find("", *c), s.rfind("", *c))
print(s.find(""), s.rfind(""), "".find(""), "".rfind(""), "".count(""), "abc".count(""))
print("".find("", 1), "abc".find("", 3), "abc".find("", 4), "abc".rfind("", 4), "abc".count("", 4))
print(s.find("c", 2, 3), s.find("c", 2, 2), s.find("ca", 2, 4), s.find("ca", 2, 3))
print(s.index("b", 2), s.rindex("b", 0, 6), s.index("abc", -3))
for args in [("d",), ("a", 1, 3), ("c", -1, -1), ("abc", 7)]:
    try:
        print(s.index(*args))
    except ValueError as e:
        print(type(e).__name__, e)
    try:
        print(s.rindex(*args))
    except ValueError as e:
        print(type(e).__name__, e)
print("aaaa".count("aa"), "aaaaa".count("aa"), "aaaa".find("aa", 1), "aaaa".rfind("aa"))
print("héllo".find("l"), "😀x😀".rfind("😀"), "😀x😀".count("😀"))
for bad in [(1,), ("a", "1"), ("a", 1.5)]:
    try:
        print(s.find(*bad))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    s.count()
except TypeError as e:
    print(type(e).__name__, e)
print(s.find("a", True), s.count("a", False, True))
class Idx:
    def __index__(self):
        return 4
print(s.find("a", Idx()), s[Idx()])
