# isinstance, issubclass, type.
vals = [1, 1.0, "s", b"b", [], (), {}, set(), None, True, len, int, range(1)]
for v in vals:
    print(repr(v) if not callable(v) or isinstance(v, range) else v.__name__, type(v).__name__)
print(isinstance(True, int), isinstance(1, bool), isinstance(1, (str, int)), isinstance("s", (list, tuple)))
print(isinstance(int, type), isinstance(type, type), isinstance(None, type(None)), type(None).__name__)
print(issubclass(bool, int), issubclass(int, object), issubclass(list, (tuple, list)), issubclass(str, str))
print(type(1) is int, type(True) is int, type(type) is type, type(1)(5), type("x")("y"))
try:
    isinstance(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)
