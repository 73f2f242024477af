# zip() including strict=True and its error messages.
print(list(zip()), list(zip([1, 2])), list(zip("ab", [1, 2, 3])), list(zip("abc", range(3), (True, False, None))), dict(zip("ab", "xy")))
print(list(zip([1, 2], "ab", strict=True)), list(zip(strict=True)), list(zip([], [], strict=True)))
for args in [([1, 2, 3], [1, 2]), ([1], [1, 2]), ([1, 2], [1, 2], [1]), ([1, 2], [1, 2, 3], [1, 2]), ([1], [1], [1, 2])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
got = []
try:
    for pair in zip("abc", [1, 2], strict=True):
        got.append(pair)
except ValueError as e:
    print(type(e).__name__, e, got)
z = zip([1, 2], [3])
print(type(z).__name__, next(z), next(z, "exhausted"))
for bad in [(5,), ([1], None)]:
    try:
        zip(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    zip([1], fill=0)
except TypeError as e:
    print(type(e).__name__, e)
print(list(zip([1, 2], [3, 4], strict=False)), list(zip(*[(1, "a"), (2, "b")])), list(zip(*zip("ab", "cd"))))
it = iter(range(6))
print(list(zip(it, it)))
side = []
def gen(name, n):
    for i in range(n):
        side.append(name + str(i))
        yield i
print(list(zip(gen("a", 3), gen("b", 1))), side)
