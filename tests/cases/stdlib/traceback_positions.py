# traceback: position markers under source lines for FrameSummary objects with explicit
# columns (^^^ ranges, ~~^~~ anchors for binary operators and subscripts, multi-line).
import traceback


def show(line, col, ecol, eline=1):
    fs = traceback.FrameSummary("f.py", 1, "n", line=line, end_lineno=eline,
                                colno=col, end_colno=ecol)
    text = "".join(traceback.StackSummary.from_list([fs]).format())
    print(repr(line), col, ecol, eline)
    print(text, end="|\n")


show("    x = foo(a)\n", 8, 14)
show("    x = foo(a)\n", 4, 14)
show("    x = foo(a)", 4, 14)
show("x = foo(a)", 4, 10)
show("x = foo(a)", 0, 10)
show("x = foo(a)", 0, 9)
show("    x = foo(a) + 1", 8, 14, 2)
show("    x = foo(a) + 1", 8, 14, None)
show("    x = foo(a) + 1\n", 8, 14, 2)
show("x = foo(a) + 1\n", 4, 14, 2)
show("x = foo(a) + 1\n", 0, 14, 2)
show("x = foo(a) + 1\n", 1, 14, 2)
show("    x = foo(a) + 1\n", 4, 14, 2)
show("    x = foo(a) + 1\n", 5, 14, 2)
show("    x = foo(a) + 1  \n", 5, 14, 2)
show("    x = foo(a) + 1  ", 5, 14, 2)
show("    x = foo(a) + 1  \n", 8, 14, 1)
show("  \t  x = foo(a) + 1\n", 8, 14, 2)
show("    x = y", None, 9)
show("    x = y", 8, None)
show("    é = fé(a)\n", 8, 15)
show("    x = fé(a)\n", 8, 15)
show("    x = a\\\n", 8, 9)
for segment in [
    "a + b", "aa  +  bb", "a[i]", "f(a)(b)", "(a) + (b)", "a + b * c", "a * b + c",
    "(a)+(b)", "a ** b", "a//b", "a // b", "-a + b", "a + -b", "a[1:2]", "a[1, 2]",
    "a [ i ]", "f(x)[i]", "(a + b)[i]", "a.b[i]", "a if b else c", "a < b", "a and b",
    '"s" "t" % x', "a + b  # c", "(a +", "a @ b", "a << b >> c", "a ** b ** c",
    "a + (b + c)", "(a + b) + c", "[1, 2][i]", "a[i][j]", "a[b[i]]", "await a + b",
    "lambda: a + b", "a +\tb", "f'{x}' + y", "x.y(z) % w", "1 + 2j", "a not in b",
    "*a + b", "a + b,", "a[:]", "a[...]", "a[i,]", "a[x for x in y]",
    "a[(x for x in y)]", "a[b:=1]", "a.b.c", "not a + b", "a | b & c", "a ^ b",
    "a % b", "a - b - c", "(a - b) - c", "a[i] + b[j]", "~a", "a[::2]", "{1: 2}[k]",
    "'x' + 1", "1/0", "d['key']", "x[0][1]", "(1 +\n 2)", "a + b if c else d",
    "b'x' + rb'y'", "a.b + c.d", "a[i](j)", "f()[0] * 2", "0x1f + 1", "1e5 - 2",
    "a+b", "a +b", "a+ b", "(a)+b", "a+(b)", "x = 1", "return a + b", "yield a + b",
    "a[b] = c", "None + 1", "True[0]", "... + 1", "'''x''' + y", "u'x' + 1",
]:
    show("    " + segment + "\n", 4, 4 + len(segment.encode("utf-8")))
