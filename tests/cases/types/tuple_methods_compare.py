# tuple count/index, hashing, concatenation and errors.
t = (1, 2, 3, 2, 1, "a", 2.0)
print(t.count(2), t.count(1), t.count("a"), t.count(None), t.index(2), t.index(2, 2), t.index(1, -3), t.index("a", 0, 6))
for args in [(9,), (3, 3), (2, 4, 6), ()]:
    try:
        print(t.index(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(hash((1, 2)) == hash((1, 2)), hash((1, "a")) == hash((1, "a")), hash(()) == hash(()), hash((1,)) == hash((1.0,)))
for bad in [([1],), (1, {2: 3}), ((1, [2]),)]:
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print((1,) + (2,), (1, 2) * 2, () * 5, (0,) * -1, tuple("ab") + tuple(range(2)))
for f in [lambda: (1,) + [2], lambda: (1,) + 2, lambda: (1,) * 2.0, lambda: t[10], lambda: t["x"]]:
    try:
        print(f())
    except (TypeError, IndexError) as e:
        print(type(e).__name__, e)
print(t[::-1], t[1:5:2], t[-2:], t[100:], (1,)[0], len(()), bool(()), bool((0,)))
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.append(1)
except AttributeError as e:
    print(type(e).__name__, e)
print(tuple([1, 2]), tuple(), tuple("hi"), tuple({1: 2}), tuple(x * x for x in range(3)))
try:
    tuple(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    tuple([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
print(repr(()), repr((1,)), repr((1, (2,), [3])), str(("a", 'b"')), 2 in t, "b" not in t)
