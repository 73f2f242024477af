# hash/callable/bool/len/abs/ord/chr/divmod used together in a small cache-key builder.
def make_key(*args, **kw):
    key = args
    if kw:
        key += ("<kw>",) + tuple(sorted(kw.items()))
    return key
k1 = make_key(1, "a", x=2)
k2 = make_key(1, "a", x=2)
print(k1, k1 == k2, hash(k1) == hash(k2), hash((1, 2)) == hash((1, 2)))
for v in [0, 1, -1, -2, 2 ** 61 - 1, 2 ** 61, 10 ** 30, 1.0, 1.5, -0.0, True, None is None, (), (1,), frozenset({1, 2})]:
    print(repr(v), hash(v))
print(hash(-1) == hash(-2), hash(float("inf")), hash(float("-inf")), hash(1 + 0j) == hash(1))
for bad in [[1], {1: 2}, {1}, bytearray(b"x")]:
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
class Key:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return isinstance(o, Key) and o.v == self.v
    def __hash__(self):
        return hash(("Key", self.v))
class NoHash:
    def __eq__(self, o):
        return True
d = {Key(1): "one"}
print(d[Key(1)], Key(2) in d, NoHash.__hash__ is None)
try:
    {NoHash(): 1}
except TypeError as e:
    print(type(e).__name__, e)
class H:
    def __hash__(self):
        return 2 ** 100
print(hash(H()), type(hash(H())).__name__)
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
print([ord(c) for c in "Aé€🐍"], "".join(chr(c) for c in [72, 105, 0x263A]), chr(0x10FFFF) == "\U0010ffff")
for bad in [lambda: ord("ab"), lambda: ord(""), lambda: chr(-1), lambda: chr(0x110000), lambda: chr("a")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
