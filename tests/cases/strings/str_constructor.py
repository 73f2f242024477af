# str() on various objects.
print(str(), repr(str()), str(42), str(-3.5), str(True), str(None), str([1, "a"]), str((1,)))
print(str({"a": 1}), str(b"bytes"), str(1e100), str(2 ** 70), str(range(3)))
print(str("already"), str(str), str(int), str(ValueError("boom")))
class A:
    def __str__(self):
        return "A-str"
    def __repr__(self):
        return "A-repr"
a = A()
print(str(a), repr(a), [a], (a,), f"{a}", f"{a!r}", "%s %r" % (a, a))
class B:
    def __repr__(self):
        return "B-repr-only"
print(str(B()), B())
print(str(b"hi", "ascii"), str(b"caf\xc3\xa9", "utf-8"), len(str(b"caf\xc3\xa9", "utf-8")))
