# Augmented assignment: targets evaluated once, __iadd__ vs __add__, and the tuple += list surprise.
log = []
class Rec:
    def __init__(self):
        self.data = {"k": 1}
    def __getitem__(self, k):
        log.append(f"get {k}")
        return self.data[k]
    def __setitem__(self, k, v):
        log.append(f"set {k}={v}")
        self.data[k] = v
def key():
    log.append("key()")
    return "k"
r = Rec()
r[key()] += 5
print(log, r.data)
log.clear()
class Obj:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        log.append("get v")
        return self._v
    @v.setter
    def v(self, value):
        log.append(f"set v={value}")
        self._v = value
def obj():
    log.append("obj()")
    return o
o = Obj()
obj().v *= 3
print(log, o._v)
class Acc:
    def __init__(self, items):
        self.items = items
    def __iadd__(self, other):
        print("  __iadd__")
        self.items = self.items + [other]
        return self
    def __add__(self, other):
        print("  __add__")
        return Acc(self.items + [other])
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        print("  __add__ fallback")
        return OnlyAdd(self.v + other)
a = Acc([1])
before = a
a += 2
print(a.items, a is before)
b = OnlyAdd(1)
before = b
b += 2
print(b.v, b is before)
class NotImpl:
    def __iadd__(self, other):
        print("  __iadd__ returns NotImplemented")
        return NotImplemented
    def __add__(self, other):
        return "from __add__"
n = NotImpl()
n += 1
print(n)
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print("list was still extended:", t)
lst = [1]
alias = lst
lst += [2]
print(alias, lst is alias)
tup = (1,)
alias_t = tup
tup += (2,)
print(alias_t, tup, tup is alias_t)
s = "a"
s += "b" * 2
x = 7
x //= 2; x **= 3; x %= 10; x <<= 2; x |= 1; x ^= 3; x &= 0xff; x >>= 1
print(s, x)
try:
    undefined_aug += 1
except NameError as e:
    print(type(e).__name__, e)
m = [[0] * 2 for _ in range(2)]
i = 0
m[i][i + 1] += 10
print(m)
