# A StopIteration leaking out of a generator body surfaces as an uncaught RuntimeError.
def read_pairs(tokens):
    it = iter(tokens)
    for key in it:
        value = next(it)
        yield key, value
print(list(read_pairs(["a", 1, "b", 2])))
pairs = read_pairs(["x", 1, "y"])
print(next(pairs))
print(next(pairs))
