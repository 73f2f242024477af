# Iteration order of small-int sets (deterministic: ints hash to themselves).
print({3, 1, 2}, {10, 5, 0}, set([7, 3, 9, 1]), {-1, -2, 0}, {100, 1, 50})
s = set()
for x in [5, 3, 8, 1]:
    s.add(x)
print(s, list(s), [x for x in s], sorted(s, reverse=True))
s.discard(3)
s.add(2)
print(s, s.pop(), s)
print(frozenset([9, 4, 6]), set(range(10, 0, -1)), {1, 2} | {0}, {5, 6} & {6, 5, 7}, {9, 8} ^ {8, 7})
print(set((x * 7) % 11 for x in range(11)), {True, 2, 0})
t = {0, 32, 16, 8}
print(t, list(t))
u = set(range(20))
for i in range(0, 20, 3):
    u.discard(i)
print(u)
u.update([100, 64, 33])
print(u)
print({2**40, 1}, {-5, 5})
