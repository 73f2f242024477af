# Augmented assignment on attributes and items: get, in-place op, then set (all hooks called).
class Obj:
    def __init__(self):
        object.__setattr__(self, "store", {"v": [1]})
    def __getattr__(self, name):
        print("  __getattr__", name)
        return self.store[name]
    def __setattr__(self, name, value):
        print("  __setattr__", name, value)
        self.store[name] = value
o = Obj()
o.v += [2]
print(o.store)
class Box:
    def __init__(self):
        self.d = {"k": 10}
    def __getitem__(self, k):
        print("  __getitem__", k)
        return self.d[k]
    def __setitem__(self, k, v):
        print("  __setitem__", k, v)
        self.d[k] = v
bx = Box()
bx["k"] += 5
bx["k"] *= 2
print(bx.d)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
class RO:
    def __init__(self):
        self._items = []
    @property
    def items(self):
        return self._items
r = RO()
try:
    r.items += [1]
except AttributeError as e:
    print(type(e).__name__, e)
print(r.items)
class Counter:
    n = 0
c = Counter()
c.n += 1
print(c.n, Counter.n, vars(c))
class SliceBox(Box):
    pass
sb = SliceBox()
sb.d = [1, 2, 3]
sb[0:2] += [9]
print(sb.d)
