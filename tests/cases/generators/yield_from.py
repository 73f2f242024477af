# Delegating with yield from.
def inner(n):
    for i in range(n):
        yield i
    return f"inner({n}) done"
def outer():
    r1 = yield from inner(2)
    print("  got", r1)
    r2 = yield from inner(3)
    print("  got", r2)
    yield from "xy"
    yield from [10, 20]
print(list(outer()))
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, [5]]]], [], [[6, 7]]])))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], (3,), range(4, 6), "ab")))
