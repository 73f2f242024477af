# sum() of floats uses compensated summation in 3.12; fsum is exact.
import math
data = [0.1] * 10
print(sum(data), math.fsum(data), sum(data) == 1.0)
data = [1e100, 1.0, -1e100, 1.0]
print(sum(data), math.fsum(data))
data = [1.0, 1e-16, 1e-16, 1e-16, 1e-16]
print(repr(sum(data)), repr(math.fsum(data)))
print(repr(sum([0.1, 0.2, 0.3])), repr(0.1 + 0.2 + 0.3), repr(sum([0.3, 0.2, 0.1])))
print(repr(sum([1e16, 1.0, -1e16])), repr(sum([1, 1e16, 1.0, -1e16])))
print(repr(sum([0.1] * 100)), repr(sum([0.01] * 1000)), repr(sum(i / 10 for i in range(100))))
print(repr(sum([1, 2, 0.5])), repr(sum([0.5, 1, 2**60])), repr(sum([2**53, 1.0, 1.0])))
print(repr(sum([], 0.0)), repr(sum([-0.0])), repr(sum([-0.0], -0.0)), repr(sum([-0.0, 0.0], -0.0)))
print(repr(sum([float("inf"), 1.0])), repr(sum([float("inf"), float("-inf")])), repr(sum([1e308, 1e308])))
print(repr(sum([1e308, 1e308, -1e308])))
print(repr(sum([0.1, 0.1, 0.1], 10)), repr(sum(range(10), 0.5)), repr(sum([True, 0.5])))
try:
    print(math.fsum([1e308, 1e308]))
except OverflowError as e:
    print(type(e).__name__, e)
print(repr(math.fsum([])), repr(math.fsum([-0.0])), repr(math.fsum([0.1] * 3)), repr(math.fsum(range(5))))
total = 0.0
for v in [0.1] * 10:
    total += v
print(repr(total))
