# enumerate with start values for numbered output, line numbers in error reporting.
source = """x = 1
y = x +
print(y)

z = (1, 2
""".splitlines()
for lineno, line in enumerate(source, start=1):
    status = "ok"
    if line.rstrip().endswith("+"):
        status = "dangling operator"
    elif line.count("(") != line.count(")"):
        status = "unbalanced paren"
    elif not line.strip():
        status = "blank"
    print(f"{lineno:>3} | {line:<12} | {status}")
menu = ["Open", "Save", "Quit"]
for i, item in enumerate(menu, 1):
    print(f"{i}) {item}")
print(list(enumerate("abc", -1)), list(enumerate([], 5)), list(enumerate("ab", start=10 ** 20)), dict(enumerate("xyz")))
e = enumerate(["a", "b"])
print(next(e), next(e), next(e, "end"), type(e).__name__)
for idx, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(idx, k, v)
print([i for i, ch in enumerate("mississippi") if ch == "s"], max(enumerate([3, 9, 2]), key=lambda t: t[1]))
print({ch: i for i, ch in enumerate("hello")}, list(enumerate(enumerate("ab"))))
for bad in [lambda: enumerate(5), lambda: enumerate("a", "1"), lambda: enumerate("a", start=1.5)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(list(enumerate(iterable="ab", start=2)))
