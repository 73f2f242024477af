# len() on many types.
print(len(""), len("abc"), len("😀"), len([]), len([1, [2, 3]]), len(()), len((1,)))
print(len({}), len({"a": 1, "b": 2}), len(set()), len({1, 2, 2}), len(range(10)), len(range(0, 100, 7)))
print(len(b"bytes"), len(bytearray(3)), len(frozenset([1])), len(range(10, 0, -2)), len(range(5, 5)))
class Sized:
    def __len__(self):
        return 42
print(len(Sized()))
for bad in [5, 2.5, None, iter([1])]:
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
