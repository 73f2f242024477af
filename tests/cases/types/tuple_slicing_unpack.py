# tuple slicing, nested indexing, unpacking errors and tuple-of-mutables behaviour.
t = tuple(range(10))
print(t[::3], t[::-4], t[2:-2:2], t[-1:-5:-1], t[100:], t[:-100], t[5:5], len(t[::7]))
nest = ((1, 2), (3, (4, 5)), [6, 7])
print(nest[1][1][0], nest[-1][-1], nest[0][::-1], len(nest))
nest[2].append(8)
print(nest)
a, b, *rest = t
print(a, b, rest, type(rest).__name__)
*init, last = (1,)
print(init, last)
for src, n in [((1, 2, 3), 2), ((1,), 2), ((), 1)]:
    try:
        if n == 2:
            x, y = src
        else:
            (x,) = src
        print(x)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    x, y = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    a, *b, c = (1,)
except ValueError as e:
    print(type(e).__name__, e)
(p, q), r = (1, 2), 3
print(p, q, r)
print(((1, 2) + (3,))[1:], (1, 2, 3)[-2:] == (2, 3), (1, 2) < (1, 2, 0) < (1, 3))
