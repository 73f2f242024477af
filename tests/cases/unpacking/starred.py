# Starred assignment targets.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = [1, 2, 3, 4]
print(init, last)
a, *mid, z = "abcdef"
print(a, mid, z)
a, *mid, z = "ab"
print(a, mid, z)
*everything, = range(3)
print(everything)
h, *t = (9,)
print(h, t)
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
x, *y, (p, q) = 1, 2, 3, (4, 5)
print(x, y, p, q)
head, *tail = "single"
print(head, tail, type(tail).__name__)
*a, b, c = range(10)
print(a, b, c)
