# sum() across numeric types and with start values: ints, floats (3.12 compensated), lists, tuples.
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([0.1] * 10), sum([0.1] * 10) == 1.0, sum([1e16, 1.0, -1e16]))
print(sum([1, 2.5, True]), sum([1 + 2j, 3]), sum(range(101)), sum([], 7), sum((x * x for x in range(4))))
print(sum([[1], [2, 3], []], []), sum([(1,), (2,)], ()), sum([0.5, 0.25], start=1))
print(sum([10 ** 20, 1, -10 ** 20]), sum([2 ** 64] * 3), sum([True] * 5), type(sum([True, False])).__name__)
print(sum([1.5, 2], 0.0), sum([1, 2], 0.0), type(sum([1, 2], 0.0)).__name__, sum([float("inf"), 1]), sum([float("inf"), float("-inf")]))
print(sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100, 1.0]), sum([-0.0]), sum([-0.0], -0.0), sum([], -0.0))
for bad in [lambda: sum(["a", "b"], ""), lambda: sum([b"a"], b""), lambda: sum([bytearray(b"a")], bytearray()), lambda: sum(["a"]), lambda: sum(5), lambda: sum([1, "a"])]:
    try:
        print(repr(bad()))
    except TypeError as e:
        print(type(e).__name__, e)
class Vec:
    def __init__(self, *c):
        self.c = c
    def __add__(self, o):
        if o == 0:
            return self
        return Vec(*(a + b for a, b in zip(self.c, o.c)))
    __radd__ = __add__
    def __repr__(self):
        return f"Vec{self.c}"
print(sum([Vec(1, 2), Vec(3, 4), Vec(5, 6)]), sum([Vec(1, 1)], Vec(0, 0)), sum([]))
totals = {"a": [1.1, 2.2, 3.3], "b": [], "c": [0.1] * 3}
print({k: sum(v) for k, v in totals.items()}, {k: round(sum(v), 10) for k, v in totals.items()})
