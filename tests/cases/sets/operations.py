# Union, intersection, difference, symmetric difference.
a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print(a.union([7, 8], (9,)), a.intersection(range(3, 10)), a.difference([1], [2]))
print(a, b)
c = set(a)
c |= {10}
print(c)
c &= {1, 2, 10, 11}
print(c)
c -= {1}
print(c)
c ^= {2, 3}
print(c)
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
