# print(file=f) with sep/end/flush, and sys.stdout redirection targets
import sys
P = "/tmp/molt_tests_newfeat1_print.txt"
with open(P, "w", encoding="utf-8") as f:
    print("hello", "world", file=f)
    print(1, 2.5, None, [1, "a"], file=f, sep=", ")
    print("no newline", file=f, end="")
    print(file=f)
    print("a", "b", "c", sep="", end="!\n", file=f, flush=True)
    print(*range(5), sep="-", file=f)
    print("tab\tsep", {"k": (1, 2)}, file=f, sep="|")
    r = print("return value", file=f)
print(repr(r))

with open(P, encoding="utf-8") as f:
    for line in f:
        print(repr(line))

# file=None means sys.stdout
print("to stdout", file=None)
# print to a binary file fails
with open(P, "wb") as f:
    try:
        print("x", file=f)
    except TypeError as e:
        print(type(e).__name__, e)

class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)

c = Collector()
print("a", 1, sep="=", end=";", file=c)
print(c.parts)
try:
    print("x", file=42)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    print("x", sep=3)
except TypeError as e:
    print(type(e).__name__, e)

old = sys.stdout
with open(P, "w", encoding="utf-8") as f:
    sys.stdout = f
    print("captured line 1")
    print("captured line 2")
    sys.stdout = old
with open(P, encoding="utf-8") as f:
    print(f.read().splitlines())
