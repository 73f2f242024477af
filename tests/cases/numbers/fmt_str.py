# Format specs for str: width, fill, align, precision (truncation), 's' type.
for s in ["", "a", "abc", "hello world", "é", "日本", "😀x"]:
    print(repr(format(s, "")), repr(format(s, "s")), repr(format(s, "8")), repr(format(s, "<8")), repr(format(s, ">8")),
          repr(format(s, "^8")), repr(format(s, "*^9")), repr(format(s, ".2")), repr(format(s, "6.1s")), repr(format(s, ".0")),
          repr(format(s, "->7.3")))
print(repr(format("abc", "2")), repr(format("abc", ".5")), repr(format("abc", "^4")), repr(format("abc", "^5")))
print(repr(f"{'x':{'_'}^{7}}"), repr(f"{'long text':.{4}}"), repr("{:>{w}.{p}}".format("abcdef", w=8, p=3)))
print(repr(format("tab\there", ">12")), repr(format("nl\n", "^6")), repr(format("a", "\x00<3")))
class S(str):
    pass
print(repr(format(S("sub"), ">6")), repr(format(S("sub"), "")), type(format(S("q"), "")).__name__)
print(repr(f"{'abc'!r:>8}"), repr(f"{'abc'!s:<6}|"), repr(f"{'é'!a:^10}"))
print(repr("{0:<5}{1:>5}{0:^5}".format("L", "R")), repr("{:10}".format("left")), repr("{:10}".format(10)))
