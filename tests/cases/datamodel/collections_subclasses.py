# Subclassing collections types: OrderedDict, Counter, deque, UserDict/UserList/UserString hooks.
from collections import OrderedDict, Counter, deque, UserDict, UserList, UserString
class LRU(OrderedDict):
    def __init__(self, cap):
        super().__init__()
        self.cap = cap
    def __setitem__(self, k, v):
        if k in self:
            self.move_to_end(k)
        super().__setitem__(k, v)
        if len(self) > self.cap:
            oldest = next(iter(self))
            del self[oldest]
lru = LRU(2)
lru["a"] = 1; lru["b"] = 2; lru["a"] = 3; lru["c"] = 4
print(list(lru.items()), type(lru).__name__)
class MyCounter(Counter):
    def top(self):
        return self.most_common(1)[0]
mc = MyCounter("mississippi")
print(mc.top(), mc["s"], type(mc + Counter("s")).__name__)
class Bounded(deque):
    def push(self, x):
        self.append(x)
        return len(self)
bd = Bounded([1, 2], maxlen=3)
print(bd.push(3), bd.push(4), list(bd), bd.maxlen, type(bd).__name__)
class Lower(UserDict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)
ld = Lower({"A": 1})
ld["B"] = 2
ld.update(C=3)
print(ld.data, "a" in ld, ld.get("a"), type(ld.copy()).__name__)
class Evens(UserList):
    def append(self, x):
        if x % 2:
            raise ValueError(f"{x} is odd")
        super().append(x)
ev = Evens([2])
ev.append(4)
try:
    ev.append(5)
except ValueError as e:
    print(type(e).__name__, e)
print(ev, ev.data, type(ev + [6]).__name__, type(ev[0:1]).__name__, len(ev))
class Shout(UserString):
    def __str__(self):
        return self.data.upper()
sh = Shout("hey")
print(sh, repr(sh), sh + "!", type(sh + "!").__name__, sh.upper(), type(sh.upper()).__name__, len(sh))
