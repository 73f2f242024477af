# reverse, copy, count, index.
a = [1, 2, 3, 2, 1, 2]
b = a.copy()
a.reverse()
print(a, b, a is b)
print(a.count(2), a.count(9), a.index(2), a.index(2, 2), a.index(1, 1, 6))
try:
    a.index(9)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a.index(3, 0, 2)
except ValueError as e:
    print(type(e).__name__, e)
c = list(reversed(b))
print(c, b[::-1] == c)
nested = [[1], [2]]
shallow = nested.copy()
shallow[0].append(99)
shallow[1] = "replaced"
print(nested, shallow)
print([[]] * 3, [0] * 0, [1, 2] * 2)
