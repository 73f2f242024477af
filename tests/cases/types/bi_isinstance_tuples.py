# isinstance/issubclass with tuples, nested tuples, unions and errors.
print(isinstance(1, (str, int)), isinstance(1, (str, (float, (int,)))), isinstance(1, ()), isinstance(True, int), isinstance(1, bool))
print(isinstance([], (list, tuple)), isinstance(3, object), isinstance(None, (type(None),)))
print(issubclass(bool, int), issubclass(bool, (str, (int,))), issubclass(int, int), issubclass(int, object), issubclass(object, int))
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, (B,)), issubclass(B, ((), (A,))), isinstance(B, type), issubclass(type, object))
for args in [(1, 1), (1, "int"), (1, (int, 1)), (1, [int]), (1, None)]:
    try:
        print(isinstance(*args))
    except TypeError as e:
        print(type(e).__name__, e)
for args in [(1, int), (int, 1), ("int", int), (int, (int, "x")), (int, [int])]:
    try:
        print(issubclass(*args))
    except TypeError as e:
        print(type(e).__name__, e)
print(issubclass(int, (int, "x")), isinstance(1, (int, 1)))
try:
    isinstance(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(int, int, int)
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is str
class Magic(metaclass=Meta):
    pass
print(isinstance("magic", Magic), isinstance("other", Magic), issubclass(str, Magic), issubclass(int, Magic), isinstance(1, (Magic, int)))
try:
    isinstance(1, list[int])
except TypeError as e:
    print(type(e).__name__, e)
