# Basic tuple and list unpacking.
a, b, c = 1, 2, 3
print(a, b, c)
(a, b), c = [10, 20], 30
print(a, b, c)
[x, y] = "hi"
print(x, y)
p, q = {"k1": 1, "k2": 2}
print(p, q)
first, second = range(2)
print(first, second)
for bad in [(1,), (1, 2, 3), ()]:
    try:
        m, n = bad
    except ValueError as e:
        print(bad, type(e).__name__, e)
try:
    m, n = 5
except TypeError as e:
    print(type(e).__name__, e)
(single,) = [42]
print(single)
[one] = "x"
print(one)
