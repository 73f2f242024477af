# repr/str of lists including nesting, strings and self-reference.
print([], [1], [1, 2], ["a", 'b"', "c'"], [None, True, 1.5], [[], [[]]])
print(str([1, "2"]), repr([1, "2"]), [(1, 2), {"k": [3]}])
a = [1, 2]
a.append(a)
print(a)
b = [a, a]
print(b)
print(len(str(list(range(100)))))
print([1.0, -0.0, 1e20, float("inf")])
