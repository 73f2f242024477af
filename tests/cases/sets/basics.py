# Creating sets of small ints; add, discard, remove.
s = {3, 1, 2, 3, 1}
print(s, len(s), 2 in s, 5 in s)
s.add(0)
s.add(2)
print(s)
s.discard(1)
s.discard(99)
print(s)
s.remove(3)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print(type(e).__name__, e)
print(set(), len(set()), bool(set()), bool({0}))
print(set([5, 4, 4, 3]), set(range(5)), set((1, 1)), set())
e = set()
e.add(7)
print(e, e.pop(), e)
try:
    e.pop()
except KeyError as e2:
    print(type(e2).__name__, e2)
