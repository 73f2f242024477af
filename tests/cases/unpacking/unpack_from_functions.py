# Unpacking return values and iterators.
def bounds(seq):
    return min(seq), max(seq)
lo, hi = bounds([4, -2, 9, 0])
print(lo, hi)
def triple():
    return [1, 2, 3]
x, y, z = triple()
print(x, y, z)
def gen():
    yield "a"
    yield "b"
p, q = gen()
print(p, q)
k1, k2 = {"one": 1, "two": 2}.items()
print(k1, k2)
(a, b), = [(5, 6)]
print(a, b)
try:
    r, s = gen.__name__
except ValueError as e:
    print(type(e).__name__, e)
name, _, ext = "archive.tar.gz".partition(".")
print(name, ext)
q, r = divmod(100, 7)
print(q, r)
