# slice() objects and their indices method.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, s.indices(5), s.indices(20))
print(slice(3), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
data = list(range(12))
print(data[s], data[slice(3)], data[slice(None, None, -3)], data[slice(-4, -1)])
print("abcdefgh"[slice(2, 6)], (1, 2, 3)[slice(1, None)])
class Grabber:
    def __getitem__(self, key):
        return key
g = Grabber()
print(g[1], g[1:2], g[::3], g[1:2, 3], g["k"], g[...])
try:
    slice(0, 5, 0).indices(10)
except ValueError as e:
    print(type(e).__name__, e)
