# expandtabs, center/ljust/rjust/zfill and fill character errors.
s = "a\tbc\tdef\tg"
for n in [8, 4, 1, 0, -1, 3]:
    print(n, repr(s.expandtabs(n)))
print(repr(s.expandtabs()), repr(s.expandtabs(tabsize=2)))
print(repr("12\n\t3\r\t4".expandtabs(4)), repr("\t".expandtabs(), ))
for w in [0, 3, 5, 6, 10, -2]:
    print(w, repr("abc".center(w)), repr("abc".ljust(w, "*")), repr("abc".rjust(w, "é")), repr("abc".center(w, "-")))
print(repr("ab".center(5)), repr("abc".center(6)), repr("ab".center(5, "*")), repr("a".center(4, "*")), repr("".center(3, "x")))
for s2 in ["42", "-42", "+42", "", "abc", "-", "--1", "3.14", "é"]:
    print(repr(s2), repr(s2.zfill(5)), repr(s2.zfill(0)), repr(s2.zfill(-1)))
for bad in ["", "ab", 1, None, b"x"]:
    try:
        print("x".center(5, bad))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "x".ljust()
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x".rjust(2.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x".zfill("3")
except TypeError as e:
    print(type(e).__name__, e)
