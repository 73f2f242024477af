# __repr__/__str__ defaults and fallbacks; containers use repr; errors for non-str returns.
class OnlyRepr:
    def __repr__(self): return "OnlyRepr()"
class OnlyStr:
    def __str__(self): return "only-str"
class Both:
    def __repr__(self): return "Both-repr"
    def __str__(self): return "Both-str"
r, s, b = OnlyRepr(), OnlyStr(), Both()
print(r, str(r), repr(r), f"{r}", [r])
print(s, str(s), [s][0] is s, repr(s).startswith("<__main__.OnlyStr object at "))
print(b, str(b), repr(b), [b], (b,), {b: b}, {b}, f"{b!r} {b!s} {b}")
print("%s %r" % (b, b), "{} {!r}".format(b, b), str([b, r]))
class BadRepr:
    def __repr__(self): return 42
class BadStr:
    def __str__(self): return None
for f, obj in ((repr, BadRepr()), (str, BadRepr()), (str, BadStr())):
        try:
            print(f(obj))
        except TypeError as e:
            print(f.__name__, type(e).__name__, e)
try:
    print([BadRepr()])
except TypeError as e:
    print("list", type(e).__name__, e)
class StrSub(str): pass
class RetSub:
    def __repr__(self): return StrSub("sub-repr")
print(repr(RetSub()), type(repr(RetSub())).__name__)
l = [1]
l.append(l)
d = {}
d["self"] = d
print(l, d)
class Unicode:
    def __repr__(self): return "caf\u00e9 \u2603"
print(repr(Unicode()), ascii(Unicode()), f"{Unicode()!a}")
class Cls:
    pass
print(repr(Cls), str(Cls), repr(Cls.__name__), repr(int), repr(type), repr(object))
