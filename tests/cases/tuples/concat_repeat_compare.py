# Concatenation, repetition and ordering of tuples.
a, b = (1, 2), (3,)
print(a + b, b + a, a * 3, 0 * a, a * -2, a + ())
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), () < (0,), (1, 2) == (1, 2), (1,) == [1])
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1,)]))
print(max([(1, 5), (2, 0), (1, 9)]), min((3, 1), (3, 0, 0)))
try:
    (1, 2) + [3]
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print((1, 2, 3) == tuple([1, 2, 3]), (0.0,) == (-0.0,), (1, (2, 3)) < (1, (2, 4)))
