# print with sep/end/file/flush into sys.stdout, sys.stderr and a custom writer object.
import sys
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ", end=".\n")
print(1, 2.5, None, [1], {"k": "v"}, sep=" | ")
print("no newline", end="")
print(" -> continued")
print(end="")
print()
print("x", sep="IGNORED")
print(*range(5), sep="-")
print(*"abc", sep="\n", end="\n---\n")
print("to stderr", file=sys.stderr)
print("flush", flush=True)
class Collector:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
c = Collector()
print("hello", "world", sep="_", end="!", file=c)
print(42, file=c)
print(c.parts, "".join(c.parts))
print("a", "b", sep=None, end=None)
print("a", "b", file=None)
for bad in [dict(sep=5), dict(end=b"x"), dict(file=5), dict(foo=1)]:
    try:
        print("x", **bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
sys.stdout.write("direct write\n")
n = sys.stdout.write("count me\n")
print(n)
rows = [("id", "value"), (1, 3.5), (2, None)]
for r in rows:
    print(*r, sep="\t")
print(*[f"{i:02d}" for i in range(3)], sep=":", end="|\n")
