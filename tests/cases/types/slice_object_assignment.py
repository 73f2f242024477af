# Using slice objects directly with getitem/setitem/delitem.
a = list(range(10))
s = slice(2, 8, 2)
print(a[s], "abcdefghij"[s], tuple(a)[s], range(10)[s], bytes(range(10))[s])
a[s] = ["x", "y", "z"]
print(a)
a[slice(None, 2)] = "AB"
print(a)
del a[slice(None, None, 3)]
print(a)
del a[slice(-2, None)]
print(a)
try:
    a[slice(0, 6, 2)] = [1]
except ValueError as e:
    print(type(e).__name__, e)
class Recorder:
    def __getitem__(self, k):
        return ("get", k)
    def __setitem__(self, k, v):
        print("set", k, v)
    def __delitem__(self, k):
        print("del", k)
r = Recorder()
print(r[1:2], r[::-1], r[1:2:3, 4], r[:, :])
r[1:] = "v"
r[::2] = "w"
del r[:3]
del r[1, 2:]
print(slice(1, 2).__reduce__() if False else "skip", slice(*slice(1, 9, 2).indices(5)))
idx = slice(1, None)
words = ["zero", "one", "two"]
print(words[idx], [w[idx] for w in words], {"k": "value"}["k"][idx])
try:
    {}[slice(1, 2)]
except (KeyError, TypeError) as e:
    print(type(e).__name__, e)
d = {}
try:
    d[slice(1, 2)] = 5
    print(d)
except TypeError as e:
    print(type(e).__name__, e)
