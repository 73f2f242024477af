# Result order of set operations (union, intersection, difference, symmetric difference).
a = {1, 2, 3, 4, 5, 17, 33, 100}
b = {4, 5, 6, 7, 33, 65, 200}
print(a | b)
print(b | a)
print(a & b)
print(b & a)
print(a - b)
print(b - a)
print(a ^ b)
print(b ^ a)
print(a.union([300, 8, 1]), a.intersection(range(10)), a.difference([1, 2]), a.symmetric_difference([0, 1]))
big = set(range(0, 64, 3))
small = {9, 12, 1000, 33}
print(big & small, small & big, small | big)
print(big - small)
print({1, 2} | {2**40, 2**41}, {8, 16} | {24, 32} | {40})
c = set(a)
c |= {99, 98, 97}
print(c)
c &= set(range(50, 120))
print(c)
c ^= {97, 1, 2, 3}
print(c)
c -= {1}
print(c)
print(frozenset(a) | b, type(frozenset(a) | b).__name__, type(b | frozenset(a)).__name__)
print(set.union({3}, {2}, {1}), set.intersection({1, 2, 3}, {2, 3}, {3, 4}), {5, 6}.copy())
print({x % 10 for x in range(100, 0, -7)}, {x * x for x in range(-5, 6)})
print(sorted(a ^ b) == sorted(b ^ a), list(dict.fromkeys([5, 3, 5, 1, 3])))
