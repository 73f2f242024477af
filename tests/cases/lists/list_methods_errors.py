# Error messages from misused list methods.
tests = [lambda: [].pop(), lambda: [1].remove(2), lambda: [1].index(2), lambda: [1, 2][2],
         lambda: [1].insert(), lambda: [1].append(1, 2), lambda: [1] * "2", lambda: [1] - [1],
         lambda: [3, 1].sort(key=1), lambda: [1].foo, lambda: list(1, 2), lambda: [][0:1:0]]
for i, t in enumerate(tests):
    try:
        print(i, t())
    except Exception as e:
        print(i, type(e).__name__, e)
a = [1, 2, 3]
for idx in [3, -4, 10]:
    try:
        a[idx] = 0
    except IndexError as e:
        print(idx, type(e).__name__, e)
try:
    del a[5]
except IndexError as e:
    print(type(e).__name__, e)
print(a)
