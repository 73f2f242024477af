# Errors from %-formatting.
tests = [("%s %s", ("a",)), ("%s", ("a", "b")), ("%d", ()), ("no fields", ("x",)), ("no fields", 5),
         ("%", ()), ("%z", (1,)), ("%(a)s", ("x",)), ("%(a)s", {"b": 1}), ("%(a", {"a": 1}),
         ("%*d", ("x", 5)), ("%*d", (5,)), ("%.*f", (1.5, 2.0)), ("%s %(a)s", {"a": 1}), ("%(a)s %s", {"a": 1}),
         ("%d", "str"), ("%y", 1), ("%.2", (1,)), ("%5", (1,)), ("%-", (1,)), ("%ld", (5,)), ("%lld", (5,)),
         ("%s", {}), ("%s", []), ("%s %s", [1, 2]), ("x", {}), ("x", []), ("%c", 1 << 30), ("%(a)*d", {"a": 1})]
for fmt, args in tests:
    try:
        print(repr(fmt), repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
try:
    print(b"%s" % "str")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(b"%d" % b"1")
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(5 % "x")
except TypeError as e:
    print(type(e).__name__, e)
