# str.split with and without separators and maxsplit.
s = "  the quick  brown\tfox\njumps  "
print(s.split())
print(s.split(" "))
print("a,b,,c,".split(","))
print("a,b,,c,".split(",", 1), "a,b,,c,".split(",", 2), "a,b,,c,".split(",", 0))
print("".split(), "".split(","), "   ".split(), "abc".split("abc"))
print("1-2-3".split("-", -1), "a::b::c".split("::"))
print("a b c d".split(None, 2), "  a b  ".split(None, 1))
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
print("x".split("x"), "xx".split("x"), "axbxc".split("x"))
for line in "one\ntwo\n\nthree".split("\n"):
    print(repr(line), len(line))
