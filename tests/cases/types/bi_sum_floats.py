# sum() with start, and CPython 3.12's compensated float summation.
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0, sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100]), sum([1e16, 1.0, 1.0]))
print(sum([0.1] * 3), sum([1.1, 2.2, 3.3]), sum(0.01 for _ in range(100)), sum([1, 0.5, 0.25]), sum([3, 0.1, 0.2]))
print(sum([1e308, 1e308]), sum([1e308, 1e308, -1e308]), sum([float("inf"), 1.0]), sum([float("inf"), float("-inf")]))
print(sum(range(101)), sum([], 5), sum([1, 2], 10), sum([[1], [2]], []), sum([(1,), (2,)], ()), sum([0.5, 0.5], 1), sum([1, 2], start=0.5))
print(sum([True, True, False]), sum([1j, 2]), sum([10**20, 1.5]), type(sum([1, 2.0])).__name__, type(sum([])).__name__, sum([2**64, 2**64]))
print(sum([0.1] * 10, 0.0), sum([-0.0]), sum([-0.0], -0.0), sum([], -0.0), sum([1e-16] * 10, 1.0))
vals = [0.1 * i for i in range(1, 20)]
print(sum(vals), sum(vals, 0.5))
print(sum([1.0, 1e100, 1.0, -1e100]), sum([2.0**53, 1.0, 1.0]), sum([1.0, 2.0**53, -(2.0**53)]))
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __radd__(self, o):
        return Num(o + self.v)
print(sum([Num(1), Num(2)]).v, sum([Num(1)], Num(10)).v)
