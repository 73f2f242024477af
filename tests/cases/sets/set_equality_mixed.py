# Numeric equality across types inside sets.
s = {1, 1.0, True}
print(s, len(s))
t = {0, 0.0, False, -0.0}
print(t, len(t))
print({1, 2} == {1.0, 2.0}, {1, 2} == frozenset([2, 1]))
u = {2, 3}
u.add(2.0)
u.add(3)
print(u)
print(len({1, 2, 3} | {3.0, 4.0}), sorted({1, 2, 3} | {3.0, 4.0}))
