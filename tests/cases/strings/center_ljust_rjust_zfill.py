# Padding methods.
for s in ["a", "ab", "abc", "", "abcdefgh"]:
    print("[" + s.center(7) + "]", "[" + s.ljust(5, ".") + "]", "[" + s.rjust(5, "*") + "]", "[" + s.center(6, "-") + "]")
for n in ["42", "-42", "+42", "", "3.14", "-", "abc", "123456"]:
    print(repr(n), n.zfill(5), n.zfill(0))
print("x".center(4, "ab") if False else "x".center(4, "#"))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
print("abc".center(2), "abc".ljust(-1), "title".center(11, "="))
