# list() from various iterables.
print(list(), list("abc"), list(range(5)), list((1, 2)), list({"a": 1, "b": 2}))
print(list({"a": 1}.values()), list({"a": 1}.items()), list(x * 2 for x in range(3)))
print(list(map(str, [1, 2])), list(zip([1, 2], "ab")), list(reversed([1, 2, 3])))
print(list(range(10, 0, -3)), list(enumerate("xy")), list(b"AB"))
a = [1, 2]
b = list(a)
b.append(3)
print(a, b)
try:
    list(5)
except TypeError as e:
    print(type(e).__name__, e)
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
