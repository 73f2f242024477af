# range objects: repr, indexing, slicing, membership, equality.
r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2], r[1:4], r[::-1], list(r[::-1]))
print(5 in r, 6 in r, 20 in r, r.index(8), r.count(11), r.start, r.stop, r.step)
print(range(5), range(0, 5), range(1, 10, 2), range(10, 0, -1), list(range(-5)))
print(range(0, 5) == range(5), range(0) == range(2, 2), range(0, 3, 2) == range(0, 4, 2))
print(list(range(10, 0, -3)), sum(range(100)), max(range(7)), min(range(3, 9)))
try:
    r[100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    r.index(4)
except ValueError as e:
    print(type(e).__name__, e)
big = range(10 ** 20)
print(big[-1], 10 ** 19 in big, big[10 ** 19], big.stop)
try:
    len(big)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
