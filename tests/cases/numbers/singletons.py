# None, NotImplemented and Ellipsis: reprs, truthiness, identity, types.
print(None, repr(None), str(None), bool(None), type(None).__name__)
print(NotImplemented, repr(NotImplemented), type(NotImplemented).__name__)
print(Ellipsis, repr(...), str(...), bool(...), type(...).__name__, ... is Ellipsis)
print(None is None, None == None, None != 0, None == False, ... == ..., NotImplemented == NotImplemented)
print(type(None)() is None, type(...)() is ..., type(NotImplemented)() is NotImplemented)
print([None, ..., NotImplemented], (None,), {None: ...})
print(f"{None}", f"{...!r}", f"{None!s:>6}|", "%s %r" % (None, ...), format(None), format(..., ""))
try:
    print(format(None, "d"))
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(format(None, ">5"))
except TypeError as e:
    print(type(e).__name__, e)
for v in [None, ..., NotImplemented]:
    try:
        print(v + 1)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        print(v < v)
    except TypeError as e:
        print(type(e).__name__, e)
print(hash(None) == hash(None), isinstance(hash(...), int), len({None, None, ..., ...}))
x = [1, 2, 3]
print(x[:], x[None:None], x[None:2], x[slice(None)])
try:
    None.foo = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(None.__class__.__name__, (...).__class__.__name__, NotImplemented.__reduce__())
print(Ellipsis.__reduce__(), None.__bool__(), None.__repr__())
print(int.__add__(1, "a"), float.__mul__(2.0, "x"), complex.__eq__(1j, "q"))
print(not None, not ..., None or 0, ... and 5, None and 1)
