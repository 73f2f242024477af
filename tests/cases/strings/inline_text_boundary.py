# Strs whose text is just under, at and over 24 bytes (the size kept inside the object),
# ASCII and multi-byte: building, comparing, hashing, slicing and searching must not
# depend on where the text is kept.

def variants(unit, n):
    return [unit * k for k in range(n - 3, n + 4)]

for s in variants("a", 24) + variants("é", 12) + variants("€", 8) + variants("😀", 6):
    t = "".join(list(s))            # built character by character
    u = (s + "xyz")[:-3]            # cut down from a longer str
    v = s[: len(s) // 2] + s[len(s) // 2 :]
    assert s == t == u == v, (s, t, u, v)
    assert hash(s) == hash(t) == hash(u) == hash(v)
    d = {t: len(t)}
    print(len(s), len(s.encode()), d[u], s[-1] == u[-1], s.find(s[-1:]), s.rfind(s[:1]))

# Keys straddling the boundary in one dict, found through strs built differently.
keys = ["k" * n for n in range(20, 30)] + ["ключ" * n for n in range(4, 9)]
table = {k: i for i, k in enumerate(keys)}
for k in keys:
    probe = "".join(reversed("".join(reversed(k))))
    print(table[probe], probe in table, len(probe))

# Growing one str across the boundary.
acc = ""
for i in range(30):
    acc += chr(ord("a") + i % 26)
    if len(acc) in (23, 24, 25, 26):
        print(len(acc), acc, acc.upper(), acc.replace("a", "-"), acc.split("m"))

# Formatting results near the boundary.
for w in (22, 23, 24, 25):
    print(repr(f"{'x':>{w}}"), repr("%-*s|" % (w, "y")), "{:^{}}".format("z", w).count(" "))

# Iterator type names survive exhaustion.
for seq in ([1], (1,), "a", "é", range(1), b"a", {1: 2}, {1}):
    it = iter(seq)
    name = type(it).__name__
    list(it)
    print(name, type(it).__name__ == name)

# Reassigning an instance's class.
class A:
    def who(self):
        return "A"

class B:
    def who(self):
        return "B"

obj = A()
print(obj.who(), type(obj).__name__)
obj.__class__ = B
print(obj.who(), type(obj).__name__, isinstance(obj, B), isinstance(obj, A))
