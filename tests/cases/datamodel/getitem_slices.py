# __getitem__/__setitem__/__delitem__ receive slice objects, tuples, Ellipsis.
class Probe:
    def __getitem__(self, k):
        return k
    def __setitem__(self, k, v):
        print("set", k, v)
    def __delitem__(self, k):
        print("del", k)
p = Probe()
print(p[1], p[1:2], p[:], p[::2], p[1:2:3], p[-1:])
print(p[1, 2], p[1:2, 3], p[...], p[:, ::-1], p[()], p[(1,)])
s = p[1:5:2]
print(type(s).__name__, s.start, s.stop, s.step, s.indices(4))
p[1:3] = "ab"
p[::2] = None
del p[1:]
del p[0, 1]
class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, k):
        if isinstance(k, slice):
            return Seq(self.data[k])
        return self.data[k]
    def __repr__(self):
        return f"Seq({self.data})"
sq = Seq("abcdef")
print(sq[1:4], sq[::-1], sq[-2], sq[10:], sq[::2][1])
try:
    sq[10]
except IndexError as e:
    print(type(e).__name__, e)
print(slice(1, 2) == slice(1, 2), slice(3).stop, slice(None).start, repr(slice(1, None, -1)))
print(slice(0, 10, 3).indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(6))
try:
    slice(0, 1, 0).indices(3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    hash(slice(1, 2))
    print("slices hashable in 3.12")
except TypeError as e:
    print(type(e).__name__, e)
