# Errors raised by sort: incomparable types, mutation during sort, bad arguments.
for data in [[1, "a"], ["a", 1], [1, None], [[1], (1,)], [{1}, 2], [1j, 2j], [3, 2, "x", 1]]:
    try:
        print(sorted(data))
    except TypeError as e:
        print(type(e).__name__, e)
a = [3, 1, 2]
def bad_key(x):
    a.append(x)
    return x
try:
    a.sort(key=bad_key)
except ValueError as e:
    print(type(e).__name__, e)
b = [5, 4, 3]
def clear_key(x):
    b.clear()
    return x
try:
    b.sort(key=clear_key)
except ValueError as e:
    print(type(e).__name__, e)
print(b)
def raising(x):
    if x == 2:
        raise KeyError("key failed")
    return x
c = [3, 2, 1]
try:
    c.sort(key=raising)
except KeyError as e:
    print(type(e).__name__, e, c)
try:
    [1, 2].sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted()
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1].sort(cmp=None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], key=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted(5)
except TypeError as e:
    print(type(e).__name__, e)
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v > other.v
print([c.v for c in sorted([Cmp(1), Cmp(3), Cmp(2)])])
try:
    sorted([object(), object()])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([1, 2], reverse=0), sorted([1, 2], reverse=5))
