# Errors from string operations.
S = "abc"
KEY = "x"
IDX = 1.0
tests = [lambda: "abc"[5], lambda: S[KEY], lambda: "abc".index("z"), lambda: int("4.5"),
         lambda: "a".join([1]), lambda: "x" - "y", lambda: "abc".foo, lambda: "ab" * "c",
         lambda: S[IDX], lambda: "%d" % "s", lambda: "".pop(), lambda: "x".center()]
for i, t in enumerate(tests):
    try:
        print(i, t())
    except Exception as e:
        print(i, type(e).__name__, e)
for s, i in [("", 0), ("a", -2), ("ab", 2)]:
    try:
        s[i]
    except IndexError as e:
        print(repr(s), i, type(e).__name__, e)
print(S[-3], S[2], S[5:], "ok")
