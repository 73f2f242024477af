# Constructing builtin types with no arguments and with conversions.
print(repr(int()), repr(float()), repr(str()), repr(bool()), list(), tuple(), dict(), set(), frozenset())
print(int("7"), float("7"), str(7), bool(7), list("77"), tuple("77"), dict([(7, 7)]), set([7, 7]))
print(bytes(3), bytes([65, 66]), bytes("hi", "utf-8"), bytearray(b"ab"))
print(type(int()).__name__, type(list()).__name__, int.__name__, list.__name__, dict.__name__)
print(object.__name__, type(object()).__name__, type.__name__, type(type).__name__)
conversions = [(int, "42"), (float, "2.5"), (str, 3.0), (list, (1, 2)), (tuple, [3]), (set, [1, 1, 2]),
               (dict, [("a", 1)]), (bool, ""), (frozenset, [2, 2]), (bytes, [120])]
for typ, arg in conversions:
    r = typ(arg)
    print(typ.__name__, repr(arg), "->", repr(r), type(r) is typ)
