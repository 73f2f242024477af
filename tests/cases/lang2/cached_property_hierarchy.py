# functools.cached_property in a class hierarchy: invalidation, overriding, and __slots__ conflicts.
from functools import cached_property
class Dataset:
    def __init__(self, values):
        self.values = list(values)
        self.computations = 0
    @cached_property
    def stats(self):
        self.computations += 1
        n = len(self.values)
        mean = sum(self.values) / n
        var = sum((v - mean) ** 2 for v in self.values) / n
        return {"n": n, "mean": mean, "var": var}
    @cached_property
    def sorted_values(self):
        self.computations += 1
        return sorted(self.values)
    def add(self, v):
        self.values.append(v)
        for name in ("stats", "sorted_values"):
            self.__dict__.pop(name, None)
class Weighted(Dataset):
    @cached_property
    def stats(self):
        base = super().stats
        return {**base, "weighted": True}
d = Dataset([4, 1, 3])
print(d.stats, d.stats is d.stats, d.computations)
print(d.sorted_values, d.computations, sorted(k for k in vars(d)))
d.add(10)
print(d.stats["mean"], d.sorted_values, d.computations)
d.stats = {"overridden": 1}
print(d.stats)
del d.stats
print(d.stats["n"], d.computations)
w = Weighted([2, 4])
print(w.stats, w.computations)
print(type(Dataset.__dict__["stats"]).__name__, Dataset.stats.attrname, Weighted.stats.attrname)
class Slotted:
    __slots__ = ("x",)
    @cached_property
    def double(self):
        return self.x * 2
s = Slotted()
s.x = 4
try:
    s.double
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Twice:
        @cached_property
        def a(self):
            return 1
        b = a
except TypeError as e:
    print(type(e).__name__, e)
print(Twice().a if "Twice" in dir() else "no Twice")
