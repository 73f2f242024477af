# enumerate with start values and errors.
print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", -5)), list(enumerate("ab", start=10**20)), list(enumerate([])))
e = enumerate(["x", "y"], True)
print(type(e).__name__, next(e), next(e), next(e, "done"))
print(dict(enumerate("hi")), [i * c for i, c in enumerate("abc")])
class I:
    def __index__(self):
        return 7
print(list(enumerate("z", I())))
for args, kw in [((5,), {}), (("a", 1.5), {}), (("a", "1"), {}), ((), {}), (("a", 1, 2), {}), (("a",), {"begin": 1}), ((), {"iterable": "ab", "start": 3})]:
    try:
        print(list(enumerate(*args, **kw)))
    except TypeError as e:
        print(type(e).__name__, e)
it = enumerate(x * x for x in range(3))
print(iter(it) is it, list(it), list(it))
big = enumerate("ab", 2**63 - 1)
print(list(big))
