# slice objects: attributes, repr, indices(), equality and hashing.
s = slice(1, 10, 2)
print(s, repr(s), s.start, s.stop, s.step, slice(5), slice(None), slice(1, None), slice("a", [1], None))
for sl in [slice(None), slice(1, 5), slice(-3, None), slice(None, None, -1), slice(-100, 100), slice(2, 8, 3), slice(8, 2, -2), slice(10, 20),
           slice(-1, -10, -1), slice(None, -20, -1), slice(0, 0), slice(3, 1)]:
    print(sl, sl.indices(6), list(range(*sl.indices(6))), list(range(6))[sl])
print(slice(None, None, 3).indices(0), slice(5, None, -1).indices(3), slice(-2, None).indices(1))
for args in [(5, -1), (-1,), ("x",), (None,), (1.5,)]:
    try:
        print(slice(1, 2).indices(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    slice(None, None, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice("a").indices(5)
except TypeError as e:
    print(type(e).__name__, e)
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1) == slice(None, 1), slice(1, 2) < slice(1, 3), slice(1, 2) != (1, 2))
try:
    print(hash(slice(1, 2)) == hash(slice(1, 2)))
except TypeError as e:
    print(type(e).__name__, e)
try:
    slice()
except TypeError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.start = 3
except AttributeError as e:
    print(type(e).__name__, e)
print("abcdefgh"[s], [0, 1, 2, 3][slice(None, None, -2)], (1, 2, 3)[slice(1, None)], range(10)[slice(2, 6)])
class Getter:
    def __getitem__(self, k):
        return k
g = Getter()
print(g[1:2], g[::], g[:, 1], g[1:2, ::3], g[...], g[1:"a":None])
print(slice(2**70, -2**70, -1).indices(5), slice(1, 2**70).indices(10))
