# Comparing lists.
print([1, 2, 3] == [1, 2, 3], [1, 2] == [2, 1], [] == [], [1] != [1.0])
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 100], [] < [0], [[1]] < [[2]])
print([1, "a"] == [1, "a"], [1, [2, 3]] == [1, [2, 3]], [1, 2] == (1, 2))
try:
    [1, 2] < [1, "x"]
except TypeError as e:
    print(type(e).__name__, e)
print(max([[1, 2], [1, 3], [0, 9]]), min([[3], [1, 1], [1]]))
a = [1, 2]
b = a
c = [1, 2]
print(a == b, a == c, a is b, a is c)
nan = float("nan")
n = [nan]
print(n == n, [nan] == [nan], nan in n)
