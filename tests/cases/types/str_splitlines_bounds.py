# str.splitlines recognises many line boundaries; keepends keeps them.
bounds = ["\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]
for b in bounds:
    s = "one" + b + "two" + b
    print(repr(b), s.splitlines(), s.splitlines(True), len(s.splitlines(keepends=True)))
print("a\n\rb".splitlines())
print("a\r\n\r\nb".splitlines(True))
print("".splitlines(), "\n".splitlines(), "\n".splitlines(True))
print("no newline".splitlines())
print("x\n\ny\n".splitlines())
print("x\x1fy".splitlines(), "x\x1by".splitlines())
print("tab\tsep".splitlines())
print("a\nb".splitlines(keepends=False))
print("a\rb\r".splitlines(1))
print("a\nb".split("\n"), "a\nb\n".split("\n"))
try:
    "a".splitlines(False, True)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".splitlines(keepends=None)
    print("None ok")
except TypeError as e:
    print(type(e).__name__, e)
