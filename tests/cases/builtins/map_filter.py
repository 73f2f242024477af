# map and filter.
print(list(map(str, range(5))), list(map(len, ["a", "bb", ""])), list(map(int, ["1", "-2"])))
print(list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])), list(map(str.upper, "abc")))
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, 2.5])))
print(list(filter(lambda x: x % 3 == 0, range(20))), list(filter(str.isalpha, "a1b2c3")))
m = map(abs, [-1, -2, -3])
print(next(m), list(m), list(m))
print(sum(map(int, "12345")), max(map(len, ["aa", "b", "cccc"])))
print(list(map(pow, [2, 3, 4], [3, 2, 1])), list(map(divmod, [7, 9], [2, 4])))
try:
    list(map(int, ["1", "x"]))
except ValueError as e:
    print(type(e).__name__, e)
