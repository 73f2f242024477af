# filter (incl. None function) and map over several iterables.
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, 2.5])), list(filter(str.isdigit, "a1b2")), list(filter(lambda x: x % 2, range(7))))
print(list(map(str.upper, "ab")), list(map(pow, [2, 3], [5, 2])), list(map(lambda a, b, c: a + b + c, [1, 2, 3], [10, 20], [100, 200, 300])))
print(list(map(max, [1, 5], [4, 2], [3, 3])), list(map(len, [])), list(map(int, "123")), list(map(lambda *a: a, "ab", "cd", "ef")))
f = filter(None, iter([0, 1]))
m = map(abs, [-1])
print(type(f).__name__, type(m).__name__, iter(f) is f, list(f), list(f), next(m), next(m, "end"))
for args in [(), (len,), (len, 5), (None, [1])]:
    try:
        print(list(map(*args)))
    except TypeError as e:
        print(type(e).__name__, e)
for args in [(), (None,), (None, 5), (None, [1], [2]), (5, [1])]:
    try:
        print(list(filter(*args)))
    except TypeError as e:
        print(type(e).__name__, e)
def boom(x):
    if x == 2:
        raise ValueError("bad value %d" % x)
    return x
try:
    print(list(map(boom, [1, 2, 3])))
except ValueError as e:
    print(type(e).__name__, e)
calls = []
lazy = map(lambda x: calls.append(x) or x, [1, 2, 3])
print(calls, next(lazy), calls)
try:
    list(map(lambda a, b: a, [1], [2], [3]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    map(len, [1], strict=True)
except TypeError as e:
    print(type(e).__name__, e)
print(list(map(lambda x, y: (x, y), range(3), "abcdef")), list(filter(lambda c: c in "aeiou", "education")))
