# Tuple packing and unpacking in assignments and returns.
point = 3, 4
x, y = point
print(x, y, point)
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([5, -2, 9])
print(lo, hi, minmax("hello"))
(a, b), c = (1, 2), 3
print(a, b, c)
first, *rest = (1, 2, 3, 4)
print(first, rest, type(rest).__name__)
try:
    p, q = (1, 2, 3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    p, q, r = (1, 2)
except ValueError as e:
    print(type(e).__name__, e)
for i, (name, score) in enumerate((("a", 1), ("b", 2))):
    print(i, name, score)
