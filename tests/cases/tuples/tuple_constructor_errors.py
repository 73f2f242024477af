# tuple() errors and conversion from iterables.
print(tuple(), tuple(()), tuple([]), tuple({"a": 1, "b": 2}), tuple("xyz"), tuple(range(0)))
print(tuple(i * i for i in range(5)), tuple(reversed(range(3))))
for bad in [1, 2.5, None]:
    try:
        tuple(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    tuple(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
t = (1, 2)
print(tuple(t) is t, tuple(list(t)) == t)
