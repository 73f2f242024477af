# range.index/count/contains, slicing, equality and repr.
r = range(3, 20, 4)
print(list(r), len(r), r.index(7), r.count(7), r.count(8), 7 in r, 8 in r, 7.0 in r, True in range(2), "x" in r)
for x in [8, 2, 100, 7.5, "7"]:
    try:
        print(r.index(x))
    except ValueError as e:
        print(type(e).__name__, e)
print(r.index(7.0), r.count(7.0), r.count("a"))
n = range(10, 0, -3)
print(list(n), n.index(4), n[1:], list(n[1:]), n[::-1], n[::2], n[-1], n[1:3], n[100:], n[:-100])
print(range(10)[::-1], range(10)[2:8:3], range(0, 10, 3)[::-2], range(5)[-2:], range(5)[5:], range(0)[::-1])
print(range(0) == range(5, 5), range(0, 3, 2) == range(0, 4, 2), range(1, 2) == range(1, 2, 5), range(3) == [0, 1, 2], range(3) != range(4))
print(repr(range(5)), repr(range(1, 5)), repr(range(1, 5, 1)), repr(range(5, 1, -1)), str(range(0, 0, 2)))
print(range(5).start, range(5).stop, range(5).step, range(2, 9, 3).step)
print(hash(range(0)) == hash(range(3, 3)), hash(range(1, 2)) == hash(range(1, 2, 7)))
for args in [(1, 2, 0), (1.5,), ("1",), (), (1, 2, 3, 4), (None,)]:
    try:
        print(range(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for i in [5, -6, "a"]:
    try:
        print(range(5)[i])
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    range(5)[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(3)[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(list(reversed(range(1, 10, 4))), bool(range(0)), bool(range(1)), range(3) < range(4) if False else "noorder")
try:
    range(3) < range(4)
except TypeError as e:
    print(type(e).__name__, e)
class I:
    def __index__(self):
        return 4
print(range(I()), range(1, I())[I() - 2 if False else 0], range(10)[I()])
