# KeyError str() uses repr of a single arg; other forms behave like Exception.
for args in [(), ("k",), ("",), (0,), ((1, 2),), ("a", "b"), (None,), ("multi\nline",), (KeyError("x"),)]:
    e = KeyError(*args)
    print(args, "|", str(e), "|", repr(e))
d = {}
for k in ["missing", 3, (1,), frozenset({1}), b"by", 2.5, ()]:
    try:
        d[k]
    except KeyError as e:
        print(repr(k), "->", str(e), e.args[0] == k)
class K:
    def __repr__(self):
        return "K!"
    def __hash__(self):
        return 1
try:
    d[K()]
except KeyError as e:
    print(str(e))
class Sub(KeyError):
    pass
print(str(Sub("s")), repr(Sub("s")))
class Sub2(KeyError):
    def __str__(self):
        return "custom"
print(str(Sub2("s")), repr(Sub2("s")))
print(str(LookupError("l")), str(IndexError("i")))
try:
    {}.popitem()
except KeyError as e:
    print(e)
try:
    set().pop()
except KeyError as e:
    print(e)
