# functools.cached_property (stores in instance __dict__) and partialmethod on classes.
from functools import cached_property, partialmethod, partial
class Data:
    def __init__(self, vals):
        self.vals = vals
        self.computed = 0
    @cached_property
    def total(self):
        self.computed += 1
        print("  computing total")
        return sum(self.vals)
d = Data([1, 2, 3])
print(d.total, d.total, d.computed, "total" in vars(d))
d.vals.append(4)
print(d.total)
del d.total
print(d.total, d.computed)
d.total = 100
print(d.total)
print(type(Data.total).__name__, Data.total.attrname)
class Slotted:
    __slots__ = ("x",)
    @cached_property
    def y(self):
        return 1
try:
    Slotted().y
except TypeError as e:
    print(type(e).__name__, e)
class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state, reason="none"):
        self.alive = state
        return reason
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, reason="killed")
c = Cell()
print(c.set_alive(), c.alive, c.set_dead(), c.alive, c.set_alive(reason="revived"))
class P:
    f = partial(lambda *a: a, "bound?")
print(P().f(1), P.f(2))
