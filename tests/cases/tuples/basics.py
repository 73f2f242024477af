# Tuple creation, indexing, slicing, length.
t = (1, "two", 3.0, None, (5, 6))
print(t, len(t), t[0], t[-1], t[-1][0], t[1:3], t[::-1], t[::2])
print((), (1,), (1), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
single = 5,
print(single, type(single).__name__, len(single))
empty = ()
print(empty, len(empty), bool(empty), bool((0,)))
print(t.count(3.0), t.index("two"), (1, 1, 1).count(1))
try:
    t.index(99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t[10]
except IndexError as e:
    print(type(e).__name__, e)
print(t[2:100], t[-100:1], t[4:1])
