# Operations on closed files raise ValueError
P = "/tmp/molt_tests_newfeat1_closed.txt"
f = open(P, "w", encoding="utf-8")
print(f.closed)
f.write("data\nmore\n")
f.close()
print(f.closed)
f.close()  # closing twice is fine
print("closed twice ok")

g = open(P, encoding="utf-8")
g.close()
tests = {
    "text write": lambda: f.write("x"),
    "text writelines": lambda: f.writelines(["x"]),
    "text read": lambda: g.read(),
    "text readline": lambda: g.readline(),
    "text readlines": lambda: g.readlines(),
    "text iter": lambda: next(iter(g)),
    "text for": lambda: [x for x in g],
    "text tell": lambda: g.tell(),
    "text seek": lambda: g.seek(0),
    "text flush": lambda: f.flush(),
    "text readable": lambda: g.readable(),
    "text writable": lambda: f.writable(),
    "text seekable": lambda: g.seekable(),
    "text truncate": lambda: f.truncate(),
    "text enter": lambda: g.__enter__(),
    "print to closed": lambda: print("hi", file=f),
}
for name, fn in tests.items():
    try:
        r = fn()
        print(name, "->", r)
    except ValueError as e:
        print(name, type(e).__name__, e)

with open(P, encoding="utf-8") as h:
    print(h.readline().strip())
print(h.closed)
try:
    h.read()
except ValueError as e:
    print("after with:", e)
try:
    with h:
        pass
except ValueError as e:
    print("re-enter:", e)
