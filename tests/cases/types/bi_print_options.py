# print() with sep, end, file and flush, and its errors.
import sys
print("a", "b", "c", sep="-")
print("a", "b", sep="")
print("no newline", end="")
print(" <- continued", end="!\n")
print(1, 2, sep=None, end=None)
print()
print("", "")
print(*[1, 2, 3], sep=", ", end=".\n")
print("to stderr", file=sys.stderr)
print("to stdout", file=sys.stdout, flush=True)
print("x", file=None)
print([1, "a"], (None,), {"k": b"v"}, 1.0, sep=" | ")
class Writer:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
w = Writer()
print("alpha", 2, sep="+", end="$", file=w)
print("beta", file=w)
print(w.parts)
for kwargs in [{"sep": 5}, {"end": 1}, {"x": 1}, {"file": 5}, {"file": "str"}]:
    try:
        print("z", **kwargs)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class S:
    def __str__(self):
        return "custom str"
    def __repr__(self):
        return "custom repr"
print(S(), [S()])
class BadStr:
    def __str__(self):
        return 1
try:
    print(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
print("done", end="\n\n")
print("last", flush=False)
print("final line on stderr", file=sys.stderr)
