# Lexicographic comparison of lists and tuples.
pairs = [([1, 2], [1, 3]), ([1, 2], [1, 2, 0]), ([], [0]), ([2], [1, 9]), ([1, 2], [1, 2]), ([1, [2]], [1, [3]]), (["a"], ["b"])]
for a, b in pairs:
    print(a, b, a < b, a <= b, a > b, a >= b, a == b, a != b, tuple(a) < tuple(b))
print([1, 2] == (1, 2), (1, 2) == [1, 2], [1] != (1,), [1.0] == [1], (0.0,) == (-0.0,), [True] == [1])
nan = float("nan")
l = [nan]
print(l == l, [nan] == [nan], (nan,) == (nan,), l[0] == l[0], [nan] < [nan], [1, nan] < [1, nan])
for a, b in [([1], (1,)), ([1], "a"), ((1,), 1), ([1, "a"], [1, 2]), ([None], [None])]:
    try:
        print(a < b)
    except TypeError as e:
        print(type(e).__name__, e)
print([1, "a"] < [2, 1], [1, "a"] == [1, 2], (1, None) < (2, None))
print(max([[1, 2], [1, 3], [0, 9]]), min([(2, "b"), (2, "a")]), sorted([(1, 2), (1,), (0, 5, 5)]))
print([[1, 2]] * 2 == [[1, 2], [1, 2]], ([], []) < ([], [0]))
class Loud:
    def __eq__(self, other):
        print("eq called")
        return True
x = Loud()
print([x] == [x], [x] == [Loud()], (x,) == (1,))
