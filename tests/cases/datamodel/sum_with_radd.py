# sum() starts from 0 so custom objects need __radd__; start argument; reflected calls traced.
class Money:
    def __init__(self, c): self.c = c
    def __add__(self, o):
        if isinstance(o, Money):
            return Money(self.c + o.c)
        if o == 0:
            return self
        return NotImplemented
    def __radd__(self, o):
        print("  __radd__", o if not isinstance(o, Money) else "Money")
        return self.__add__(o)
    def __repr__(self): return f"${self.c}"
print(sum([Money(1), Money(2), Money(3)]))
print(sum([Money(5)], Money(10)))
print(sum([], Money(0)), sum([]))
class NoRadd:
    def __add__(self, o): return self
try:
    sum([NoRadd(), NoRadd()])
except TypeError as e:
    print(type(e).__name__, e)
print(type(sum([NoRadd()], NoRadd())).__name__)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
class Vec(list):
    def __add__(self, o): return Vec(a + b for a, b in zip(self, o))
    def __radd__(self, o):
        return self if o == 0 else NotImplemented
print(sum([Vec([1, 2]), Vec([3, 4]), Vec([5, 6])]), type(sum([Vec([1])])).__name__)
print(sum([[1], [2]], []), sum(((1,), (2,)), ()), sum([0.1] * 10), sum([1, 2.5, True]))
