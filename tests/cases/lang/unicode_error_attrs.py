# UnicodeDecodeError / UnicodeEncodeError / UnicodeTranslateError attributes and str().
try:
    b"ab\xffcd".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(str(e))
    print(len(e.args), e.args[0])
try:
    b"\xc3".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.start, e.end, e.reason, "|", e)
try:
    b"a\x80\x81b".decode("ascii")
except UnicodeDecodeError as e:
    print(e.start, e.end, e)
try:
    "h\u00e9llo".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
    print(e)
try:
    "\u20ac\u20ac".encode("latin-1")
except UnicodeEncodeError as e:
    print(e.start, e.end, e)
e = UnicodeDecodeError("utf-8", b"xyz", 1, 2, "bad byte")
print(e, e.object, e.args)
e = UnicodeDecodeError("utf-8", b"xyz", 0, 3, "bad range")
print(e)
e = UnicodeEncodeError("ascii", "\u1234x", 0, 1, "nope")
print(e)
e = UnicodeTranslateError("\u00ffz", 0, 1, "no map")
print(e, e.encoding, e.start, e.end)
try:
    UnicodeDecodeError("utf-8", "not bytes", 0, 1, "r")
except TypeError as x:
    print(type(x).__name__, x)
try:
    UnicodeDecodeError("x")
except TypeError as x:
    print(type(x).__name__, x)
print(issubclass(UnicodeDecodeError, UnicodeError), isinstance(e, ValueError))
print(str(UnicodeError("plain")), UnicodeError().args)
