# list(), tuple(), set(), frozenset() from assorted iterables and their errors.
src = [("str", "héllo"), ("bytes", b"ab"), ("range", range(3)), ("dict", {"k": 1, "j": 2}), ("gen", (i * 2 for i in range(3))), ("tuple", (3, 1)), ("keys", {"z": 0}.keys())]
for name, it in src:
    print(name, list(it) if name != "gen" else list(it))
print(tuple("ab"), tuple(range(2)), tuple([1, [2]]), sorted(set("banana")), sorted(frozenset([3, 1, 3])), set(), tuple(), list())
for ctor in (list, tuple, set, frozenset):
    for bad in [5, None, 1.5]:
        try:
            ctor(bad)
        except TypeError as e:
            print(ctor.__name__, type(e).__name__, e)
class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * 11
        raise IndexError(i)
class LenHint:
    def __iter__(self):
        return iter([7, 8])
    def __len__(self):
        return 100
print(list(Seq()), tuple(Seq()), list(LenHint()))
class Boom:
    def __iter__(self):
        yield 1
        raise ValueError("iteration broke")
try:
    list(Boom())
except ValueError as e:
    print(type(e).__name__, e)
a = [1, 2]
b = list(a)
print(b == a, b is a, tuple(t := (1, 2)) is t, frozenset(f := frozenset([1])) is f)
try:
    set([[1], [2]])
except TypeError as e:
    print(type(e).__name__, e)
print(list(map(str, range(3))), list(zip("ab", "cd")), list(enumerate("x")), list(reversed("ab")), list(filter(None, [0, 1])))
