# str.split / rsplit with sep=None: runs of whitespace, unicode whitespace, maxsplit.
def show(*a):
    print(*[repr(x) for x in a])

s = "  alpha \t beta\n\ngamma  delta   "
show(s.split())
show(s.split(None))
show(s.split(None, 0))
show(s.split(None, 1))
show(s.split(None, 2))
show(s.split(maxsplit=-1))
show(s.rsplit())
show(s.rsplit(None, 0))
show(s.rsplit(None, 1))
show(s.rsplit(maxsplit=2))
show("".split(), "".rsplit(), "   ".split(), "   ".rsplit(None, 1))
u = "a\u00a0b\u2003c\u3000d\x1ce\x1df\x1eg\x1fh\x85i\u2028j\u2029k\x0bl\x0cm"
show(u.split())
show(len(u.split()))
show("a\u200bb".split())
show("x\ty\rz".split())
show("  lead".split(None, 1), "trail  ".rsplit(None, 1))
show("a b c d".split(" ", 2), "a b c d".rsplit(" ", 2))
show(" a  b ".split(" "))
show(" a  b ".rsplit(" "))
show("a,b,,c,".split(","), "a,b,,c,".rsplit(",", 1))
show("abcXYabcXYabc".split("XY"), "abcXYabcXYabc".rsplit("XY", 1))
show("aaa".split("a"), "aaaa".split("aa"), "aaaaa".rsplit("aa"))
show("1<>2<>3".split(sep="<>", maxsplit=1))
for args in [("",), ("", 1)]:
    try:
        "abc".split(*args)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    "abc".split(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".split(",", "1")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".rsplit("")
except ValueError as e:
    print(type(e).__name__, e)
show("a b".split(None, -5), "a b c".split(" ", 100))
